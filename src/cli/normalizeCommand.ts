// `zhaoshang normalize <file>`: the cleaned, simplified text extraction reads, exactly as record
// offsets count it (prepareDocument().text). For checking a `start`/`end`, or a rule's words.
import { Command } from 'commander';
import { ZhaoshangError, type SourceDocument } from '../model.js';
import { DEFAULT_MAX_BYTES, readDocument } from '../input/readDocument.js';
import { openSink } from '../output/outputSink.js';
import { applyRules } from './applyRules.js';
import { addOptions, type CliOptions } from './options.js';
import { stdinDocument } from './stdinSource.js';

export function normalizeCommand(): Command {
  const cmd = new Command('normalize')
    .summary('print the normalized text that extraction reads')
    .description('Prints the cleaned, simplified text of one article: the text whose offsets `start`/`end` count.')
    .argument('<file>', 'an article (.html .htm .txt .md), or `-` for standard input');
  addOptions(cmd, ['output', 'published', 'rules', 'maxBytes']);
  return cmd
    .addHelpText(
      'after',
      `
Example:
  $ zhaoshang normalize fixtures/articles/01_count_then_amount.txt | head -3
  $ zhaoshang normalize page.html | cut -c 120-140    # the words around start=120

Exit status: 0 ok; 1 the file could not be read; 2 usage error.`,
    )
    .action(async (file: string, o: CliOptions) => {
      applyRules(o.rules);
      const maxBytes = o.maxBytes ?? DEFAULT_MAX_BYTES;
      let src: SourceDocument;
      try {
        src = file === '-' ? await stdinDocument(maxBytes) : readDocument(file, { maxBytes });
      } catch (e) {
        if (e instanceof ZhaoshangError) throw e;
        throw new ZhaoshangError(`${file}: ${(e as Error).message}`, 'input');
      }
      // Imported here, not at the top: main.ts loads every command, and `extract --jobs` must not
      // load the pipeline in its main thread (see loadPipeline in runExtraction.ts).
      const { prepareDocument } = await import('../pipeline.js');
      const doc = prepareDocument(src, { published: o.published ?? null });
      const sink = openSink(o.output);
      sink.write(doc.text.endsWith('\n') ? doc.text : doc.text + '\n');
      await sink.close();
    });
}
