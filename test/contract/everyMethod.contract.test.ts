import { describe, expect, it } from 'vitest';
import { contract, type Method } from '../../shared/api/contract';
import { tempDir } from '../support/tempArchive';
import { samples } from './samples';
import type { Sample, SampleContext } from './samples/sample';
import { inProcess, overHttp, type Harness } from './transports';

// Every method of the contract, called once with a valid input over both transports, its answer parsed
// with the method's output schema here (and, with checkOutput, inside dispatch too). The list comes
// from the contract's keys, so a new method shows up here as a failing case until it has a sample.
const methods = (Object.keys(contract) as Method[]).sort();

function sampleContext(harness: Harness): SampleContext {
  return {
    harness,
    async call(method, input) {
      const result = await harness.client.call(method, input);
      if (!result.ok) throw new Error(`setting up with ${method}: ${result.error.code} ${result.error.messageEn}`);
      return result.value;
    },
    stage: (bytes, name) => harness.stage(bytes, name),
    scratch: () => tempDir('lemari-contract-'),
    signInAs: (person) => harness.signInAs(person),
  };
}

it('has one sample per contract method, and none for a method the contract does not have', () => {
  expect(Object.keys(samples).sort()).toEqual(methods);
});

const harnesses: Array<[string, () => Promise<Harness>]> = [
  ['in process', inProcess],
  ['over HTTP', overHttp],
];

describe.each(harnesses)('every contract method %s', (_name, open) => {
  it.each(methods)('%s', async (method) => {
    // The table is keyed per method; indexing it with a method not known until run time loses that pairing.
    const sample = samples[method] as unknown as Sample<Method>;
    const harness = await open();
    try {
      const ctx = sampleContext(harness);
      const result = await harness.client.call(method, await sample.input(ctx));
      if (sample.refusal) {
        expect(result, sample.refusal.why).toMatchObject({ ok: false, error: { code: sample.refusal.code } });
        return;
      }
      if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.messageEn}`);
      const output: unknown = contract[method].output.parse(result.value);
      await sample.check?.(output as never, ctx);
    } finally {
      await harness.close();
    }
  });
});
