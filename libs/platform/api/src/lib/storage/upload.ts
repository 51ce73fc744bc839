import { HttpStatus } from '@nestjs/common';
import busboy from 'busboy';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { DomainException } from '../errors/domain.exception';
import { hasBody } from '../http/body-parsers';
import { SNIFF_BYTES } from './sniff';

export enum UploadErrorCode {
  TooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedType = 'UNSUPPORTED_MEDIA_TYPE',
  Malformed = 'MALFORMED_UPLOAD',
}

const STATUS: Record<UploadErrorCode, HttpStatus> = {
  [UploadErrorCode.TooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [UploadErrorCode.UnsupportedType]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [UploadErrorCode.Malformed]: HttpStatus.BAD_REQUEST,
};

export class UploadException extends DomainException<UploadErrorCode> {
  readonly status: HttpStatus;

  constructor(code: UploadErrorCode, message: string) {
    super(code, message);
    this.status = STATUS[code];
  }
}

export interface ReceivedFile {
  field: string;
  /** A spooled, checked file; the caller moves it to storage or removes it. */
  path: string;
  contentType: string;
  sizeBytes: number;
  originalName: string;
}

export interface ReceivedUpload {
  fields: Record<string, string>;
  file: ReceivedFile | null;
}

export interface UploadOptions {
  /** Where files are spooled while they arrive. */
  tmpDir: string;
  /** The one file field accepted. */
  fileField: string;
  maxFileBytes: number;
  maxFieldBytes: number;
  /** The type from the file's first bytes, or null to refuse it with 415. */
  sniff: (head: Uint8Array) => string | null;
  /** The 415 message. */
  unsupportedMessage: string;
}

/**
 * Whether the request carries a multipart/form-data body (as Express's `req.is()` said: a body
 * announced by a length or chunked encoding, of that media type). The API reads no body of that
 * type before the route, so `receiveUpload` can stream it.
 */
export function isMultipartRequest(req: IncomingMessage): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  return hasBody(req) && type === 'multipart/form-data';
}

const mib = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * Reads a multipart/form-data request: text fields into memory (bounded), the file streamed
 * to a spool file while its size is counted and its first bytes checked. Nothing is left
 * behind when it fails: 413 past the size limit, 415 for content of the wrong type, 400 for a
 * malformed body.
 */
export async function receiveUpload(
  req: IncomingMessage,
  options: UploadOptions,
): Promise<ReceivedUpload> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > options.maxFileBytes + 8 * options.maxFieldBytes) {
    throw new UploadException(
      UploadErrorCode.TooLarge,
      `${options.fileField} must be at most ${mib(options.maxFileBytes)}`,
    );
  }
  await mkdir(options.tmpDir, { recursive: true });
  const spooled: string[] = [];
  try {
    return await new Promise<ReceivedUpload>((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({
          headers: req.headers,
          limits: {
            files: 1,
            fileSize: options.maxFileBytes,
            fieldSize: options.maxFieldBytes,
            fields: 10,
            parts: 11,
          },
        });
      } catch {
        reject(
          new UploadException(UploadErrorCode.Malformed, 'The body must be multipart/form-data'),
        );
        return;
      }
      const fields: Record<string, string> = {};
      let file: ReceivedFile | null = null;
      let failed = false;
      let writing: Promise<void> = Promise.resolve();
      const fail = (error: Error): void => {
        if (failed) return;
        failed = true;
        req.unpipe(parser);
        req.resume(); // drain the rest so the client reads our answer
        reject(error);
      };
      parser.on('field', (name, value, info) => {
        if (info.valueTruncated) {
          fail(new UploadException(UploadErrorCode.TooLarge, `${name} is too long`));
          return;
        }
        fields[name] = value;
      });
      parser.on('file', (name, stream, info) => {
        if (name !== options.fileField || failed) {
          stream.resume();
          if (!failed)
            fail(new UploadException(UploadErrorCode.Malformed, `Unexpected file field "${name}"`));
          return;
        }
        const path = join(options.tmpDir, `${randomUUID()}.part`);
        spooled.push(path);
        const out = createWriteStream(path);
        let size = 0;
        let head = Buffer.alloc(0);
        let type: string | null | undefined;
        writing = new Promise<void>((done, broken) => {
          out.on('finish', done);
          out.on('error', broken);
        });
        writing.catch((error: unknown) => {
          fail(error as Error);
        });
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (type === undefined) {
            head = Buffer.concat([head, chunk]);
            if (head.length >= SNIFF_BYTES) {
              type = options.sniff(head.subarray(0, SNIFF_BYTES));
              if (type === null) {
                stream.resume();
                out.destroy();
                fail(
                  new UploadException(UploadErrorCode.UnsupportedType, options.unsupportedMessage),
                );
              }
            }
          }
        });
        stream.on('limit', () => {
          out.destroy();
          fail(
            new UploadException(
              UploadErrorCode.TooLarge,
              `${options.fileField} must be at most ${mib(options.maxFileBytes)}`,
            ),
          );
        });
        stream.on('end', () => {
          if (failed) return;
          if (size === 0) {
            // An empty file input (nothing chosen) is no file at all.
            writing = writing.then(() => rm(path, { force: true }));
            return;
          }
          if (type === undefined) type = options.sniff(head);
          if (!type) {
            fail(new UploadException(UploadErrorCode.UnsupportedType, options.unsupportedMessage));
            return;
          }
          file = {
            field: name,
            path,
            contentType: type,
            sizeBytes: size,
            originalName: info.filename ?? '',
          };
        });
        stream.pipe(out);
      });
      parser.on('error', () => {
        fail(new UploadException(UploadErrorCode.Malformed, 'The multipart body is malformed'));
      });
      parser.on('close', () => {
        if (failed) return;
        writing.then(
          () => {
            if (!failed) resolve({ fields, file });
          },
          (error: unknown) => {
            fail(error as Error);
          },
        );
      });
      req.on('aborted', () => {
        fail(new UploadException(UploadErrorCode.Malformed, 'The upload was interrupted'));
      });
      req.pipe(parser);
    });
  } catch (error) {
    await Promise.all(spooled.map((path) => rm(path, { force: true })));
    throw error;
  }
}
