import { spawn } from 'node:child_process';
import { AppError } from '../../platform/errors.ts';

// ffmpeg and ffprobe (the Debian package) run as child processes, never through a shell: their
// arguments are ours plus server-chosen paths. A missing binary is told apart from a failing run,
// so the library can say "install ffmpeg" rather than "your file is broken".

export type ProbeResult = { durationSeconds: number; width: number; height: number; hasAudio: boolean };

type RunResult = { code: number | null; stdout: string; stderr: string };

function run(cmd: string, args: string[], onStdout?: (chunk: string) => void, timeoutMs = 6 * 3600_000) {
  return new Promise<RunResult>((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      if (onStdout) onStdout(c);
      else stdout += c;
    });
    // Keep the end of stderr only: it says why a run failed, and a long run writes a lot.
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr = (stderr + c).slice(-4000);
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(e.code === 'ENOENT' ? new AppError('VIDEO_TRANSCODER_MISSING', { program: cmd }) : e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Whether ffmpeg and ffprobe can be started here (checked at start-up and before each job). */
export async function transcoderAvailable(): Promise<boolean> {
  try {
    const [a, b] = await Promise.all([run('ffmpeg', ['-version']), run('ffprobe', ['-version'])]);
    return a.code === 0 && b.code === 0;
  } catch {
    return false;
  }
}

/** Duration and picture size of a file; VIDEO_UNREADABLE when it has no decodable video stream. */
export async function probe(path: string): Promise<ProbeResult> {
  const r = await run('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', path]);
  if (r.code !== 0) throw new AppError('VIDEO_UNREADABLE', { reason: lastLine(r.stderr) });
  let info: { format?: { duration?: string }; streams?: { codec_type?: string; width?: number; height?: number }[] };
  try {
    info = JSON.parse(r.stdout);
  } catch {
    throw new AppError('VIDEO_UNREADABLE', { reason: 'probe output unreadable' });
  }
  const video = info.streams?.find((s) => s.codec_type === 'video');
  const duration = Number(info.format?.duration);
  if (!video?.width || !video.height || !Number.isFinite(duration) || duration <= 0) {
    throw new AppError('VIDEO_UNREADABLE', { reason: 'no video stream' });
  }
  return {
    durationSeconds: duration,
    width: video.width,
    height: video.height,
    hasAudio: !!info.streams?.some((s) => s.codec_type === 'audio'),
  };
}

/**
 * Runs ffmpeg with `-progress pipe:1`, calling onSeconds with the media time reached (its
 * `out_time_us` lines). A non-zero exit is VIDEO_UNREADABLE with ffmpeg's last words.
 */
export async function ffmpeg(args: string[], onSeconds?: (seconds: number) => void): Promise<void> {
  let pending = '';
  const r = await run('ffmpeg', ['-hide_banner', '-nostdin', '-y', '-progress', 'pipe:1', '-nostats', ...args], (c) => {
    pending += c;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const m = /^out_time_us=(\d+)/.exec(line);
      if (m && onSeconds) onSeconds(Number(m[1]) / 1e6);
    }
  });
  if (r.code !== 0) throw new AppError('VIDEO_UNREADABLE', { reason: lastLine(r.stderr) });
}

const lastLine = (s: string) => s.trim().split('\n').pop()?.slice(0, 300) ?? '';
