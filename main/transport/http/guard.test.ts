import { describe, expect, it } from 'vitest';
import { cookieName, guardRequest, type RequestFacts } from './guard';

const server = { host: '127.0.0.1', port: 41234, token: 'rahasia-token-123' };
const base: RequestFacts = {
  host: '127.0.0.1:41234',
  origin: undefined,
  authorization: 'Bearer rahasia-token-123',
  cookie: undefined,
  queryToken: null,
};

describe('the loopback guard', () => {
  it('serves our own host with the token by header, query or cookie', () => {
    expect(guardRequest(base, server)).toEqual({ status: 200, via: 'header' });
    expect(guardRequest({ ...base, host: 'localhost:41234' }, server).status).toBe(200);
    expect(guardRequest({ ...base, authorization: undefined, queryToken: server.token }, server)).toEqual({ status: 200, via: 'query' });
    expect(guardRequest({ ...base, authorization: undefined, cookie: `a=b; ${cookieName(41234)}=${server.token}` }, server)).toEqual({
      status: 200,
      via: 'cookie',
    });
    expect(guardRequest({ ...base, origin: 'http://127.0.0.1:41234' }, server).status).toBe(200);
  });

  it('answers 401 without the right token', () => {
    for (const authorization of [undefined, 'Bearer ', 'Bearer salah', `Basic ${server.token}`, `Bearer ${server.token}x`]) {
      expect(guardRequest({ ...base, authorization }, server).status).toBe(401);
    }
    // Another server's cookie on the same host is not ours.
    expect(guardRequest({ ...base, authorization: undefined, cookie: `${cookieName(9999)}=${server.token}` }, server).status).toBe(401);
  });

  it('answers 403 to foreign or rebinding hosts and foreign origins, even with the token', () => {
    for (const host of [
      undefined,
      'evil.example',
      'evil.example:41234',
      '127.0.0.1:1',
      '127.0.0.1',
      '0.0.0.0:41234',
      '192.168.1.5:41234',
      'localhost.evil.example:41234',
    ]) {
      expect(guardRequest({ ...base, host }, server).status).toBe(403);
    }
    for (const origin of ['http://evil.example', 'null', 'http://127.0.0.1:1', 'https://127.0.0.1:41234', 'file://']) {
      expect(guardRequest({ ...base, origin }, server).status).toBe(403);
    }
  });

  it('on a private loopback address serves only that address: 127.0.0.1 and localhost are other servers', () => {
    const own = { ...server, host: '127.83.4.201' };
    expect(guardRequest({ ...base, host: '127.83.4.201:41234', origin: 'http://127.83.4.201:41234' }, own).status).toBe(200);
    for (const host of ['127.0.0.1:41234', 'localhost:41234', '127.83.4.202:41234', '127.83.4.201:1']) {
      expect(guardRequest({ ...base, host }, own).status, host).toBe(403);
    }
    expect(guardRequest({ ...base, host: '127.83.4.201:41234', origin: 'http://127.0.0.1:41234' }, own).status).toBe(403);
  });
});
