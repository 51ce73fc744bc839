// Minimal NestJS 11 app: one GET route answering a constant JSON body; ADAPTER=express or fastify.
require('reflect-metadata');
const { NestFactory } = require('@nestjs/core');
const { Module, Controller, Get } = require('@nestjs/common');
class C {
  get() {
    return { ok: true, id: '0b0c2f59-5b0e-4c52-8b1a-3f2c4c1c7f1d' };
  }
}
Controller('api')(C);
Get('floor')(C.prototype, 'get', Object.getOwnPropertyDescriptor(C.prototype, 'get'));
class M {}
Module({ controllers: [C] })(M);
(async () => {
  let app;
  if (process.env.ADAPTER === 'fastify') {
    const { FastifyAdapter } = require('@nestjs/platform-fastify');
    app = await NestFactory.create(M, new FastifyAdapter(), { logger: false });
  } else {
    app = await NestFactory.create(M, { logger: false });
  }
  await app.listen(Number(process.env.PORT || 3999), '127.0.0.1');
  console.log('up', process.env.ADAPTER || 'express');
})();
