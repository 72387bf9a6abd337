import type { z } from 'zod';

/**
 * The dictionary key ("v.nip") for one validation problem. Our schemas put keys in
 * their messages; zod's built-in checks are mapped by issue code. Used by dispatch
 * (errors as data) and by the renderer's forms (messages at the field), so both say the same.
 */
export function issueKey(issue: z.core.$ZodIssue): string {
  if (/^v\.\w+$/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      // zod 4 leaves `input` off issues unless asked; its message names what it received.
      return issue.message.endsWith('received undefined') ? 'v.required' : 'v.invalidType';
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'unrecognized_keys':
      return 'v.invalidValue';
    case 'too_big':
      return 'v.tooLong';
    case 'too_small':
      return issue.origin === 'string' ? 'v.required' : 'v.invalid';
    case 'invalid_format':
    case 'not_multiple_of':
    case 'custom':
      return 'v.invalid';
  }
}

/** "fields.ppidNip" for a path; the whole input when the path is empty. */
export function issueField(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') return [path, ...issue.keys].filter(Boolean).join('.');
  return path === '' ? 'input' : path;
}
