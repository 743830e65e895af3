import { describe, expect, it } from 'vitest';
import { sniffVideoBytes } from './sniff.ts';

const pad = (head: Buffer) => Buffer.concat([head, Buffer.alloc(200)]);

describe('video format by bytes', () => {
  it('names each container from its first bytes, whatever the file is called', () => {
    expect(sniffVideoBytes(pad(Buffer.from('0000001c6674797069736f6d', 'hex')))).toBe('mp4');
    expect(sniffVideoBytes(pad(Buffer.from('00000014667479707174202000', 'hex')))).toBe('mov');
    expect(sniffVideoBytes(pad(Buffer.from('000000086d646174', 'hex')))).toBe('mov');
    const ebml = Buffer.from('1a45dfa3', 'hex');
    expect(sniffVideoBytes(pad(Buffer.concat([ebml, Buffer.from('....B\x82\x84webm', 'latin1')])))).toBe('webm');
    expect(sniffVideoBytes(pad(Buffer.concat([ebml, Buffer.from('....B\x82\x88matroska', 'latin1')])))).toBe('mkv');
    expect(sniffVideoBytes(pad(Buffer.from('RIFF\x00\x00\x00\x00AVI LIST', 'latin1')))).toBe('avi');
    expect(sniffVideoBytes(pad(Buffer.from('RIFF\x00\x00\x00\x00WAVEfmt ', 'latin1')))).toBeNull();
    expect(sniffVideoBytes(pad(Buffer.from('FLV\x01', 'latin1')))).toBe('flv');
    expect(sniffVideoBytes(pad(Buffer.from('000001ba', 'hex')))).toBe('mpeg');
    expect(sniffVideoBytes(pad(Buffer.from('PK\x03\x04', 'latin1')))).toBeNull();
    expect(sniffVideoBytes(Buffer.from('short'))).toBeNull();
  });
});
