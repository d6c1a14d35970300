// identifyConversations beyond counting: provenance, min_turns, imported conversations, tables in
// workbooks, system prompts, whitespace and overlapping detectors.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countExchanges, identifyConversations } from '../../src/core/agents/identify.js';
import type { ExtractedDocument } from '../../src/core/ingest/types.js';
import { loadDocument } from './load-document.js';

const FIXTURES = path.resolve(process.cwd(), 'tests/fixtures/identify');

function textDoc(text: string, file = 'notes.txt'): ExtractedDocument {
  return { file, format: 'text', sections: [{ text, location: '' }], tables: [], conversations: [], warnings: [] };
}

describe('identifyConversations', () => {
  it('locates text detections by line, and by page and line in paged documents', () => {
    const [first] = identifyConversations([loadDocument(path.join(FIXTURES, 'qa-labels.txt'))], { minTurns: 1 });
    expect(first.source).toEqual({ file: 'qa-labels.txt', location: 'line 7' });
    const pdf = identifyConversations([loadDocument(path.join(FIXTURES, 'numbered-sections-pdf.txt'))], { minTurns: 1 });
    expect(pdf[0].source.location).toBe('page 2, line 2');
    // The answer that runs over a page break keeps both halves, without the page number between them;
    // a layout line wrap inside a paragraph becomes a space.
    const slow = pdf.find((c) => c.conversation.turns[0].content === 'Why is my query slow?');
    expect(slow?.conversation.turns[1].content).toBe(
      'Most slow queries scan the whole file. Add an index on the time column; queries then touch about 2 percent of the pages.\n\n1.5 million rows take under a second with an index.',
    );
  });

  it('honours minTurns as a minimum number of user→assistant exchanges', () => {
    const docs = [
      loadDocument(path.join(FIXTURES, 'user-assistant.txt')),
      loadDocument(path.join(FIXTURES, 'qa-labels.txt')),
      loadDocument(path.join(FIXTURES, 'transcript-plain.txt')),
    ];
    const all = identifyConversations(docs, { minTurns: 1 });
    const two = identifyConversations(docs, { minTurns: 2 });
    const three = identifyConversations(docs, { minTurns: 3 });
    expect(all.length).toBe(3 + 4 + 1);
    expect(two.map((c) => countExchanges(c.conversation))).toEqual([2, 3]);
    expect(three.map((c) => c.source.file)).toEqual(['transcript-plain.txt']);
  });

  it('keeps the System: line of a chat log as the system prompt', () => {
    const [chat] = identifyConversations([loadDocument(path.join(FIXTURES, 'user-assistant.txt'))], { minTurns: 1 });
    expect(chat.conversation.system).toBe('You are the help desk assistant for the Larkspur printer range.');
    expect(chat.conversation.turns[3].content).toBe(
      'Then switch the printer off, wait ten seconds and switch it on again.\nIf E4 is still shown, the tray sensor needs a repair.',
    );
  });

  it('continues a speaker over unlabelled paragraphs but leaves out a trailing outro', () => {
    const [interview] = identifyConversations([loadDocument(path.join(FIXTURES, 'interview.md'))], { minTurns: 1 });
    const turns = interview.conversation.turns;
    expect(turns[3].content).toBe(
      'With an empty lot and a petition. We collected three hundred signatures in a month.\n\nThe city agreed to lease us the lot for one euro a year.',
    );
    expect(turns[turns.length - 1].content).toBe('My pleasure.');
    expect(interview.shape).toBe('speaker-transcript');
  });

  it('passes imported conversations through, dropping those with too few exchanges', () => {
    const doc: ExtractedDocument = {
      ...textDoc('', 'chats.jsonl'),
      format: 'json',
      conversations: [
        { location: 'record 1', conversation: { system: 'Be brief.', turns: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello' }] } },
        { location: 'record 2', conversation: { turns: [{ role: 'user', content: 'Anyone?' }] } },
      ],
    };
    const found = identifyConversations([doc], { minTurns: 1 });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ shape: 'imported', confidence: 1, source: { file: 'chats.jsonl', location: 'record 1' } });
    expect(found[0].conversation.system).toBe('Be brief.');
    expect(identifyConversations([doc], { minTurns: 2 })).toHaveLength(0);
  });

  it('reads question/answer columns of a workbook sheet with its source row numbers', () => {
    const doc: ExtractedDocument = {
      ...textDoc('', 'help.xlsx'),
      format: 'xlsx',
      tables: [
        { location: 'sheet FAQ', headers: [' Question ', 'Answer'], rows: [['Is it free?', 'Yes.'], ['Can I   export?', 'As  CSV.']], rowNumbers: [3, 4] },
        { location: 'sheet Survey', headers: ['label', 'hint'], rows: [['How old are you?', 'years']] },
      ],
    };
    const found = identifyConversations([doc], { minTurns: 1 });
    expect(found.map((c) => c.source.location)).toEqual(['sheet FAQ, row 3', 'sheet FAQ, row 4']);
    expect(found[1].conversation.turns).toEqual([
      { role: 'user', content: 'Can I export?' },
      { role: 'assistant', content: 'As CSV.' },
    ]);
  });

  it('normalises whitespace only: runs of spaces collapse, line breaks stay, blank runs become one', () => {
    const [pair] = identifyConversations([textDoc('Q:   Why   so many spaces?\nA:  Because\t\tof   typing.\n   Second line.')], { minTurns: 1 });
    expect(pair.conversation.turns.map((t) => t.content)).toEqual(['Why so many spaces?', 'Because of typing.\nSecond line.']);
  });

  it('lets the more confident reading win when two detectors claim the same lines', () => {
    const text = ['## How do I pay?', '', 'Q: Can I pay by card?', 'A: Yes, every major card.', '', '## How do I cancel?', '', 'From the account page.'].join('\n');
    const found = identifyConversations([textDoc(text, 'faq.md')], { minTurns: 1 });
    expect(found.map((c) => [c.shape, c.conversation.turns[0].content])).toEqual([
      ['qa-labels', 'Can I pay by card?'],
      ['heading-faq', 'How do I cancel?'],
    ]);
  });
});

describe('FAQ markup around questions', () => {
  it('reads <details><summary> and bold-question entries without their tags', () => {
    const doc = {
      file: 'faq.md',
      format: 'markdown' as const,
      sections: [
        {
          location: '',
          text: '<details>\n<summary>Does it work offline?</summary>\n\nYes, offline works.\n</details>\n\n<details>\n<summary>Is it free?</summary>\n\nYes.\n</details>\n',
        },
      ],
      tables: [],
      conversations: [],
      warnings: [],
    };
    const found = identifyConversations([doc], { minTurns: 1 });
    expect(found.map((c) => c.conversation.turns.map((t) => t.content))).toEqual([
      ['Does it work offline?', 'Yes, offline works.'],
      ['Is it free?', 'Yes.'],
    ]);
  });
});
