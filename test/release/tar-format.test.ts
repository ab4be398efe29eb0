import { fileHeader, parseHeader, parsePaxRecords } from '../../src/release/package/tar-format.js';

describe('fileHeader', () => {
  it('writes a plain ASCII path of up to 100 bytes in the ustar header alone', () => {
    const header = fileHeader('a'.repeat(100), 5, 0o755);
    expect(header).toHaveLength(512);
    expect(parseHeader(header)).toEqual({ name: 'a'.repeat(100), mode: 0o755, size: 5, type: '0', linkName: '' });
    expect(header.toString('latin1', 257, 265)).toBe('ustar\x0000');
    expect(header.toString('latin1', 136, 148)).toBe('00000000000\0'); // mtime 0
    expect(header.toString('latin1', 108, 124)).toBe('0000000\x000000000\0'); // uid, gid 0
    expect(header.subarray(265, 329).every((byte) => byte === 0)).toBe(true); // uname, gname empty
  });

  it('carries a longer or non-ASCII path in a pax header, with a readable stand-in name', () => {
    for (const path of ['b'.repeat(101), 'dist/日本.txt']) {
      const header = fileHeader(path, 1, 0o644);
      expect(header).toHaveLength(512 * 3);
      expect(parseHeader(header.subarray(0, 512))).toMatchObject({ name: '././@PaxHeader', type: 'x' });
      const size = parseHeader(header.subarray(0, 512))!.size;
      expect(parsePaxRecords(header.subarray(512, 512 + size))).toEqual(new Map([['path', path]]));
      expect(parseHeader(header.subarray(1024))!.name).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('counts its own digits in a pax record length, across a power of ten', () => {
    // " path=" + value + "\n" is 7 + n bytes: at n = 989 the record is 996 + 3 = 999 bytes, at
    // n = 990 it is 997 + 3 = 1000, which takes a fourth digit, so 1001.
    for (const n of [101, 988, 989, 990, 991, 992, 993, 994]) {
      const header = fileHeader('p'.repeat(n), 0, 0o644);
      const size = parseHeader(header.subarray(0, 512))!.size;
      const body = header.subarray(512, 512 + size);
      expect(Number(body.toString('ascii').split(' ')[0])).toBe(body.length);
      expect(parsePaxRecords(body).get('path')).toBe('p'.repeat(n));
    }
  });

  it('gives a file of 8 GiB or more a pax size', () => {
    const header = fileHeader('big.bin', 8 * 1024 ** 3, 0o644);
    const size = parseHeader(header.subarray(0, 512))!.size;
    expect(parsePaxRecords(header.subarray(512, 512 + size))).toEqual(new Map([['size', String(8 * 1024 ** 3)]]));
    expect(parseHeader(header.subarray(1024))!.size).toBe(0);
  });

  it('refuses a block with a wrong checksum when reading', () => {
    const header = fileHeader('a.txt', 1, 0o644);
    header[0] = 0x62;
    expect(() => parseHeader(header)).toThrow('wrong checksum');
  });
});
