// Interviews and transcripts labelled with people's names ("**Jerod Santo:** ...", "Ana: ...").
// Accepted when exactly two people speak, each at least twice, and one of them asks questions the
// other answers: the asker becomes the user, the other the assistant. A whole run is one multi-turn
// sample; unlabelled paragraphs between turns continue the previous speaker (trailing ones — an
// outro — are left out).
import type { Turn } from '../../types.js';
import { isSpeakerName, parseColonLabel } from './chat-labels.js';
import type { Detection, LineDetector } from './detection.js';
import { countExchanges, tidyTurns } from './detection.js';
import type { Label, LabelledBlock } from './labelled-blocks.js';
import { scanLabelledRuns } from './labelled-blocks.js';
import { isQuestion, normalizeLines } from './normalize.js';

function parseSpeakerLabel(line: string): Label | null {
  const label = parseColonLabel(line);
  return label && label.rest.trim() !== '' && isSpeakerName(label.label) ? label : null;
}

export const detectSpeakerTranscripts: LineDetector = (lines) => {
  const out: Detection[] = [];
  for (const run of scanLabelledRuns(lines, { parseLabel: parseSpeakerLabel, continuationParagraphs: true })) {
    const detection = transcriptOf(run);
    if (detection) out.push(detection);
  }
  return out;
};

function transcriptOf(run: LabelledBlock[]): Detection | null {
  const speakers = [...new Set(run.map((b) => b.label))];
  if (speakers.length !== 2) return null;
  const texts = run.map((b) => normalizeLines(b.lines));
  const turnsOf = (name: string) => run.filter((b) => b.label === name).length;
  if (speakers.some((s) => turnsOf(s) < 2)) return null;

  const questionsOf = (name: string) => run.filter((b, i) => b.label === name && isQuestion(texts[i])).length;
  const asker = questionsOf(speakers[1]) > questionsOf(speakers[0]) ? speakers[1] : speakers[0];
  const answered = run.some(
    (b, i) => b.label === asker && isQuestion(texts[i]) && i + 1 < run.length && run[i + 1].label !== asker,
  );
  if (!answered) return null;

  const turns: Turn[] = run.map((b, i) => ({ role: b.label === asker ? 'user' : 'assistant', content: texts[i] }));
  const conversation = { turns: tidyTurns(turns) };
  if (countExchanges(conversation) === 0) return null;
  const questionShare = questionsOf(asker) / turnsOf(asker);
  return {
    conversation,
    start: run[0].start,
    end: run[run.length - 1].end,
    shape: 'speaker-transcript',
    confidence: Math.min(0.9, 0.55 + 0.4 * questionShare),
  };
}
