/** An image to open in the canvas ("Open in canvas" from History), as the canvas view resolves it. */
export type OpenImageState =
  | { status: 'loading'; key: string }
  | { status: 'failed'; key: string; message: string; retry: () => void }
  | {
      status: 'ready';
      /** The same key is opened once; a new one (another image) opens again. */
      key: string;
      url: string;
      width: number;
      height: number;
      /** The generation's prompt, which comes along. */
      prompt: string;
    };
