// Piscina worker entry: one per thread. Module state (OpenCC converters, nodejieba, rule tables and
// their compiled patterns) is built once per thread on first use and reused for every document.
import { move, transferableSymbol, valueSymbol, workerData } from 'piscina';
import { ZhaoshangError } from '../model.js';
import { readDocument } from '../input/readDocument.js';
import { prepareDocument, recordsOf } from '../pipeline.js';
import { setExtraRulesDirs } from '../rules/ruleTables.js';
import { createChunkFormatter, encodeChunk } from '../output/recordWriter.js';
import type { DocumentResult } from '../cli/runExtraction.js';
import type { BatchReply, ExtractBatch, ExtractReply, ExtractTask, WorkerSetup } from './extractTask.js';

const setup = workerData as WorkerSetup;
setExtraRulesDirs(setup.rulesDirs);
const chunkOf = setup.format ? createChunkFormatter(setup.format) : null;

/** First line of an error's message, without a leading `doc: ` (as cli/runExtraction's reasonOf). */
function reasonOf(e: unknown, doc: string): string {
  const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  return msg.startsWith(`${doc}: `) ? msg.slice(doc.length + 2) : msg;
}

function fatalOf(e: ZhaoshangError): ExtractReply {
  return { fatal: { message: e.message, code: e.code } };
}

/**
 * The replies, their output bytes moved (transferred) rather than copied to the main thread. Each
 * buffer is its chunk's own (encodeChunk), so nothing else here loses it.
 */
function moving<T extends object>(value: T, replies: ExtractReply[]): T {
  const buffers: ArrayBufferLike[] = [];
  for (const r of replies) {
    const bytes = 'result' in r ? r.result.output?.bytes : undefined;
    if (bytes && bytes.byteLength > 0) buffers.push(bytes.buffer);
  }
  if (buffers.length === 0) return value;
  return move({ [transferableSymbol]: buffers, [valueSymbol]: value }) as unknown as T;
}

export default function extractTasks(task: ExtractTask | ExtractBatch): ExtractReply | BatchReply {
  if ('batch' in task) {
    const replies = task.batch.map(extractTask);
    return moving({ replies }, replies);
  }
  const reply = extractTask(task);
  return moving(reply, [reply]);
}

function extractTask(task: ExtractTask): ExtractReply {
  let src;
  if ('path' in task) {
    try {
      src = readDocument(task.path, { maxBytes: task.maxBytes });
    } catch (e) {
      if (e instanceof ZhaoshangError && e.code !== 'input') return fatalOf(e);
      return { failure: { doc: task.path, reason: reasonOf(e, task.path) } };
    }
  } else {
    src = task.source;
  }
  try {
    const clean = prepareDocument(src, setup.options);
    const records = recordsOf(clean, setup.options);
    const result: DocumentResult = {
      doc: clean.doc, url: clean.url, title: clean.title, published: clean.published,
      text: setup.options.withText ? clean.text : null, records,
    };
    // Bytes cross the thread boundary far cheaper than records (one buffer, moved, not an object graph).
    if (chunkOf) {
      result.output = encodeChunk(chunkOf(records));
      result.records = [];
    }
    return { result };
  } catch (e) {
    if (e instanceof ZhaoshangError && e.code === 'rules') return fatalOf(e);
    return { failure: { doc: src.doc, reason: `extraction failed: ${reasonOf(e, src.doc)}` } };
  }
}
