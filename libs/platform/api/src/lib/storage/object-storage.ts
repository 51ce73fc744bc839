import type { Readable } from 'node:stream';

export interface ByteRange {
  /** First byte, inclusive. */
  start: number;
  /** Last byte, inclusive. */
  end: number;
}

/**
 * Where files live: the local disk by default, an S3-compatible store in deployments. Keys are
 * opaque paths chosen by the caller (e.g. `recordings/<submission id>`).
 */
export abstract class ObjectStorage {
  /** Moves a finished, checked local file into the store under `key`. */
  abstract putFile(key: string, localPath: string, contentType: string): Promise<void>;

  /** Stores bytes made in memory (a rendered PDF, a small image) under `key`. */
  abstract putBuffer(key: string, body: Buffer, contentType: string): Promise<void>;

  /** The object's bytes, or one range of them. */
  abstract read(key: string, range?: ByteRange): Promise<Readable>;

  /** Removes the object; no error when it is already gone. */
  abstract delete(key: string): Promise<void>;
}
