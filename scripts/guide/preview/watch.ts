export async function startPreview(_options: { slug: string }): Promise<void> { throw new Error('todo'); }
