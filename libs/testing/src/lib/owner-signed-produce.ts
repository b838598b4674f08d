import { Kafka } from 'kafkajs';
import { ensureOwnerKeyDir, OwnerSigner, ownerOfTopic } from '@selaras/messaging';
import { produce as produceUnsigned, TEST_OWNER_KEYS_DIR } from '@selaras/test-infra';

type Message = { key: string | null; value: string | Buffer | null; headers?: Record<string, string> };

const signers = new Map<string, OwnerSigner>();

/** The signer of a topic's owner in the test stack (the keys its services sign with), or undefined for a topic nobody owns. */
export function testOwnerSigner(topic: string): OwnerSigner | undefined {
  const owner = ownerOfTopic(topic);
  if (!owner) return undefined;
  let signer = signers.get(owner);
  if (!signer) signers.set(owner, (signer = new OwnerSigner(owner, ensureOwnerKeyDir(TEST_OWNER_KEYS_DIR)[owner])));
  return signer;
}

/**
 * Sends messages as their topic's owner would: a message of an owned topic gets the owner's
 * signature (issue 23), so specs that stand in for the owner keep working. A spec that plays an
 * outsider uses `produceUnsigned` from @selaras/test-infra.
 */
export async function produce(kafka: Kafka, topic: string, messages: Message[]): Promise<void> {
  const signer = testOwnerSigner(topic);
  const signed = signer ? messages.map((m) => ({ ...m, headers: { ...m.headers, ...signer.headersFor(topic, m.key, m.value) } })) : messages;
  await produceUnsigned(kafka, topic, signed);
}
