// The textures feature's public surface, used by the app shell.
export { TexturesPage } from './components/textures-page.tsx';
