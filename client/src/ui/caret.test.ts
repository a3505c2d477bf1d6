import { describe, expect, it } from 'vitest';
import { rebaseCaret } from './caret.js';

describe('rebaseCaret', () => {
  it('keeps the caret when text changes after it', () => {
    expect(rebaseCaret('hello world', 'hello world!!', 5)).toBe(5);
  });

  it('shifts the caret when text is inserted or deleted before it', () => {
    expect(rebaseCaret('hello world', 'oh, hello world', 7)).toBe(11);
    expect(rebaseCaret('hello world', 'world', 8)).toBe(2);
  });

  it('puts a caret inside a replaced range at its end', () => {
    expect(rebaseCaret('the cat sat', 'the dog sat', 5)).toBe(5);
    expect(rebaseCaret('abcdef', 'aXf', 3)).toBe(2);
  });

  it('stays inside the new text', () => {
    expect(rebaseCaret('abc', '', 3)).toBe(0);
  });
});
