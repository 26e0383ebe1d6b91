// The converter normalizeText uses (OpenCC tw → cn) and its preset's dictionary entries, for the
// tests that check the shortcuts taken around it (the skip, the run-wise conversion).
import * as OpenCC from 'opencc-js';

export const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });

export const config = (OpenCC as unknown as { Locale: { configs: Record<string, unknown> } }).Locale.configs.tw2s as {
  normalizationChain: string[][];
  conversionChain: string[][];
};

/** Every [key, value] of the preset's dictionaries. */
export const entries = [...config.normalizationChain, ...config.conversionChain]
  .flat()
  .flatMap((d) => d.split('|').map((e) => e.split(' ') as [string, string]));
