import { canonicalJson } from '../../src/runtime/canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined and prints no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [{ z: true, y: null }], c: undefined, d: 'é\n"' })).toBe('{"a":[{"y":null,"z":true}],"b":1,"d":"é\\n\\""}');
  });

  it('sorts keys by UTF-16 code units, as RFC 8785 does', () => {
    expect(canonicalJson({ '\u{1F600}': 1, '\uFF21': 2, a: 3, B: 4 })).toBe('{"B":4,"a":3,"\u{1F600}":1,"\uFF21":2}');
  });

  it('refuses numbers JSON cannot carry exactly', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow('cannot carry the number NaN');
    expect(() => canonicalJson({ n: 2 ** 60 })).toThrow('cannot carry the number');
    expect(canonicalJson({ n: 9876543210 })).toBe('{"n":9876543210}');
  });
});
