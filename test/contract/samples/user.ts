import { expect } from 'vitest';
import type { UserFields } from '../../../shared/domain/user';
import { staff, STAFF_PIN } from './fixtures';
import type { SomeSamples } from './sample';

const clerk: UserFields = { name: 'Budi Santoso', nip: '', jabatan: 'Pengelola Informasi', roles: ['petugas'], active: true };

/** Local user profiles and who may do what (the active profile acts in the workflow). */
export const userSamples = {
  'user.list': {
    input: async (ctx) => {
      await staff(ctx);
      return {};
    },
    check: (users) => expect(users.map((u) => u.name).sort()).toEqual(['Budi Santoso', 'PPID Uji', 'Rina Marlina', 'Sri Wahyuni']),
  },
  'user.create': { input: () => ({ fields: clerk }) },
  'user.update': {
    input: async (ctx) => {
      const { budi } = await staff(ctx);
      return { id: budi.id, fields: { ...clerk, jabatan: 'Pranata Humas' }, expectedVersion: budi.version };
    },
    check: (user) => expect(user.jabatan).toBe('Pranata Humas'),
  },
  'user.setActive': {
    input: async (ctx) => {
      const { budi } = await staff(ctx);
      return { id: budi.id, active: false, expectedVersion: budi.version };
    },
    check: (user) => expect(user.active).toBe(false),
  },
  'user.active': {
    input: async (ctx) => {
      await staff(ctx);
      return {};
    },
    check: (user) => expect(user?.name).toBe('Rina Marlina'),
  },
  'user.rules': { input: () => ({}) },
  'user.setRule': {
    input: async (ctx) => {
      await staff(ctx);
      return { act: 'approve', roles: ['atasan_ppid', 'ppid'] };
    },
    check: (rules) => expect(rules.approve).toEqual(['atasan_ppid', 'ppid']),
  },
} satisfies SomeSamples;

/** Sign-in: the first run's account, signing in and out, PINs. */
export const authSamples = {
  'auth.status': {
    input: () => ({}),
    check: (status) => expect(status.people.map((p) => p.name)).toContain('PPID Uji'),
  },
  'auth.setupFirst': {
    input: () => ({ fields: { name: 'Rina Marlina', nip: '', jabatan: 'PPID' }, secret: STAFF_PIN }),
    check: (session) => expect(session.sessionId).toMatch(/\S{16,}/),
  },
  'auth.signIn': {
    input: async (ctx) => ({ userId: (await staff(ctx)).budi.id, secret: STAFF_PIN }),
  },
  'auth.signOut': { input: () => ({}) },
  'auth.fileKey': { input: () => ({}), check: (answer) => expect(answer.key).toMatch(/^[A-Za-z0-9_-]{43}$/) },
  'auth.setSecret': {
    input: async (ctx) => ({ userId: (await staff(ctx)).budi.id, secret: '975310' }),
  },
} satisfies SomeSamples;
