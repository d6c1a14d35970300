import { describe, expect, it } from 'vitest';
import { isBoilerplate, isRefusal } from '../../src/core/agents/quality/boilerplate.js';
import { restatesQuestion, screenConversation } from '../../src/core/agents/quality/filters.js';
import { detectLanguage, languagesMatch } from '../../src/core/agents/quality/language.js';
import type { Conversation } from '../../src/core/types.js';

const qa = (user: string, assistant: string): Conversation => ({ turns: [{ role: 'user', content: user }, { role: 'assistant', content: assistant }] });
const EN = detectLanguage('The device is covered for two years and the store will replace it when it cannot be repaired by the service.');

describe('detectLanguage', () => {
  it.each([
    ['en', 'How do I reset the router? Hold the button on the back for ten seconds until the light turns orange, then wait.'],
    ['fr', 'Comment réinitialiser le routeur ? Appuyez sur le bouton à l’arrière pendant dix secondes, puis attendez que la lumière devienne orange.'],
    ['de', 'Wie setze ich den Router zurück? Halten Sie die Taste auf der Rückseite zehn Sekunden lang gedrückt, bis das Licht orange wird und es blinkt.'],
    ['es', 'Cómo reinicio el router? Mantenga pulsado el botón de la parte trasera durante diez segundos hasta que la luz se ponga naranja y luego espere.'],
    ['it', 'Come si ripristina il router? Tieni premuto il pulsante sul retro per dieci secondi finché la luce non diventa arancione e poi aspetta che si riavvii.'],
    ['nl', 'Hoe reset ik de router? Houd de knop aan de achterkant tien seconden ingedrukt tot het lampje oranje wordt en wacht dan tot hij opnieuw is opgestart.'],
    ['ru', 'Как сбросить маршрутизатор? Удерживайте кнопку на задней панели десять секунд, пока индикатор не станет оранжевым.'],
    ['ja', 'ルーターをリセットするにはどうすればいいですか？背面のボタンを十秒間押し続けてください。ランプがオレンジ色になります。'],
    ['zh', '如何重置路由器？按住背面的按钮十秒钟，直到指示灯变成橙色，然后等待设备重新启动完成。'],
    ['ko', '라우터를 재설정하려면 어떻게 하나요? 표시등이 주황색으로 바뀔 때까지 뒷면의 버튼을 10초 동안 누르세요.'],
  ])('recognises %s', (expected, text) => {
    const guess = detectLanguage(text);
    if (expected === 'ru') expect(guess).toEqual({ script: 'cyrillic', language: undefined });
    else expect(guess?.language).toBe(expected);
  });

  it('is unsure about too little text, and unsure never counts as a mismatch', () => {
    expect(detectLanguage('OK thanks')).toBeUndefined();
    expect(languagesMatch(EN, undefined)).toBe(true);
    expect(languagesMatch(EN, { script: 'latin' })).toBe(true);
    expect(languagesMatch(EN, { script: 'cyrillic' })).toBe(false);
    expect(languagesMatch({ script: 'han', language: 'zh' }, { script: 'kana', language: 'ja' })).toBe(false);
  });
});

describe('boilerplate and refusals', () => {
  it.each([
    "I'm sorry, but I can't provide that information.",
    'I cannot help with that.',
    'I do not have access to your account details.',
    "The provided text doesn't mention the price.",
  ])('flags the refusal %j', (text) => expect(isRefusal(text)).toBe(true));

  it.each([
    'As an AI language model, I have no opinion.',
    'According to the provided text, the warranty lasts two years.',
    'En tant qu’IA, je ne peux pas le savoir.',
  ])('flags the boilerplate %j', (text) => expect(isBoilerplate(text)).toBe(true));

  it('lets ordinary answers through', () => {
    const answer = 'You can return it within 30 days; I can help you print the label if you cannot find it.';
    expect(isRefusal(answer)).toBe(false);
    expect(isBoilerplate(answer)).toBe(false);
  });
});

describe('screenConversation', () => {
  it('passes a good conversation', () => {
    expect(screenConversation(qa('How long is the warranty?', 'The warranty lasts two years from the date of purchase.'), EN)).toBeUndefined();
  });

  it('names the first reason to drop', () => {
    expect(screenConversation(qa('How long is the warranty?', '   '), EN)).toBe('empty_turn');
    expect(screenConversation({ turns: [] }, EN)).toBe('empty_turn');
    expect(screenConversation(qa('Why', 'Because the store said so, really.'), EN)).toBe('too_short');
    expect(screenConversation(qa('How long is the warranty?', 'Two years.'), EN)).toBe('too_short');
    expect(screenConversation(qa('Tell me everything.', 'word '.repeat(2000)), EN, { maxTurnChars: 5000 })).toBe('too_long');
    expect(screenConversation(qa('How long is the warranty?', 'I cannot answer that question.'), EN)).toBe('refusal');
    expect(screenConversation(qa('How long is the warranty?', 'As an AI, I believe it is two years.'), EN)).toBe('boilerplate');
    expect(screenConversation(qa('How long is the warranty?', 'How long is the warranty? It is long.'), EN)).toBe('restated_question');
    expect(
      screenConversation(qa('Combien de temps dure la garantie ?', 'La garantie dure deux ans à partir de la date d’achat, et le magasin remplace l’appareil.'), EN),
    ).toBe('language_mismatch');
  });

  it('can leave the language alone', () => {
    const french = qa('Combien de temps dure la garantie ?', 'La garantie dure deux ans à partir de la date d’achat, et le magasin remplace l’appareil.');
    expect(screenConversation(french, EN, { checkLanguage: false })).toBeUndefined();
  });

  it('tells a restatement from an answer that reuses the question’s words', () => {
    expect(restatesQuestion('What is the return policy?', 'The return policy is what it is.')).toBe(true);
    expect(restatesQuestion('What is the return policy?', 'You can return any item within 30 days with its receipt for a full refund.')).toBe(false);
  });
});
