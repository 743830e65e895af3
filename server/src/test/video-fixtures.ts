// The video module's fixtures for other modules' tests (a content item showing a video), which may
// not reach into the video module's files themselves (the layer rules).
export { insertStoredVideo } from '../modules/video/test-support.ts';
