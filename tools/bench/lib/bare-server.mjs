// The baseline of the read benchmark: a bare node:http server answering one constant body.
import http from 'node:http';

const body = JSON.stringify({ status: 'ok', service: 'bare-node-http', constant: true });
const length = Buffer.byteLength(body);
http
  .createServer((req, res) => {
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': length,
    });
    res.end(body);
  })
  .listen(Number(process.argv[2]), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
