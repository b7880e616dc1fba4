import { spawn } from 'node:child_process';

/** Runs a command with inherited output; resolves with its exit code. */
export function run(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(127));
  });
}

/** Runs a command and stops the script if it fails. */
export async function must(cmd, args, options) {
  const code = await run(cmd, args, options);
  if (code !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} failed (exit ${code})`);
    process.exit(code);
  }
}

/** Runs a command without showing its output unless it fails; for build steps the user need not watch. */
export function quiet(label, cmd, args, options = {}) {
  return new Promise((resolve) => {
    process.stdout.write(`${label}… `);
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => {
      if (code === 0) {
        process.stdout.write('done\n');
        return resolve();
      }
      process.stdout.write('failed\n');
      process.stderr.write(output);
      process.exit(code ?? 1);
    });
  });
}
