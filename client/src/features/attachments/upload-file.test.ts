import { readFailure } from './upload-file';

describe('upload failures', () => {
  it('reads a 413 for one file as too large, with the limit', () => {
    const body = {
      error: { code: 'BAD_USER_INPUT', message: 'The file is larger than 10485760 bytes.' },
    };
    expect(readFailure(413, body)).toEqual({ kind: 'tooLarge', maxBytes: 10485760 });
  });

  it('reads a 413 for the count as too many, with the limit', () => {
    const body = { error: { code: 'BAD_USER_INPUT', message: 'A ticket holds at most 20 files.' } };
    expect(readFailure(413, body)).toEqual({ kind: 'tooMany', maxFiles: 20 });
  });

  it('tells an expired session and a refusal apart from other failures', () => {
    expect(readFailure(401, null)).toEqual({ kind: 'unauthenticated' });
    expect(readFailure(403, null)).toEqual({ kind: 'forbidden' });
    expect(readFailure(500, { error: { correlationId: 'abc' } })).toEqual({
      kind: 'failed',
      correlationId: 'abc',
    });
  });
});
