import { describe, expect, it } from 'vitest';
import { NotNowError } from '../../core/errors.js';
import { describeImapError, isLoopback, resolveImapOptions, scrub } from './imap-options.js';

const base = { host: 'imap.example.com', user: 'ana@example.com', password: 's3cret-pass', env: {} };

describe('IMAP options', () => {
  it('uses TLS on port 993 by default, 143 for STARTTLS and plain', () => {
    expect(resolveImapOptions(base)).toMatchObject({ port: 993, flow: { secure: true } });
    expect(resolveImapOptions({ ...base, tls: 'starttls' })).toMatchObject({
      port: 143,
      flow: { secure: false, doSTARTTLS: true },
    });
    expect(resolveImapOptions({ ...base, host: 'localhost', tls: false })).toMatchObject({
      port: 143,
      flow: { secure: false, doSTARTTLS: false },
    });
  });

  it('refuses plain IMAP to anything but this machine', () => {
    expect(() => resolveImapOptions({ ...base, tls: false })).toThrow(NotNowError);
    try {
      resolveImapOptions({ ...base, tls: false });
    } catch (err) {
      expect((err as NotNowError).issues.join()).toMatch(
        /refusing to send the password unencrypted to imap.example.com/,
      );
    }
    expect(['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]'].every(isLoopback)).toBe(true);
    expect(['10.0.0.1', 'imap.example.com', 'localhost.evil.example', '::2'].some(isLoopback)).toBe(false);
  });

  it('takes the password from the environment, and says what is missing', () => {
    expect(
      resolveImapOptions({ ...base, password: undefined, env: { NOTNOW_IMAP_PASSWORD: 'from-env' } })
        .password,
    ).toBe('from-env');
    try {
      resolveImapOptions({ host: '', user: '', env: {}, since: '1 March' });
      expect.unreachable();
    } catch (err) {
      expect((err as NotNowError).issues).toEqual([
        expect.stringMatching(/^host:/),
        expect.stringMatching(/^user:/),
        expect.stringMatching(/^password: set the NOTNOW_IMAP_PASSWORD/),
        expect.stringMatching(/^since: "1 March" is not a date as YYYY-MM-DD/),
      ]);
    }
  });

  it('never lets the password through an error text', () => {
    const r = resolveImapOptions(base);
    expect(
      scrub(
        `AUTHENTICATE ${Buffer.from('\0ana@example.com\0s3cret-pass').toString('base64')} s3cret-pass`,
        r,
      ),
    ).toBe('AUTHENTICATE [password] [password]');
    const err = describeImapError(new Error('server echoed s3cret-pass'), r);
    expect(err.message).not.toContain('s3cret-pass');
    expect(describeImapError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }), r).message).toBe(
      'Nothing answers at imap.example.com:993. Check the host and the port.',
    );
  });
});
