/** Standard input read whole (the input `-`). */
export async function readStdin(
  stream: NodeJS.ReadableStream = process.stdin
): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}
