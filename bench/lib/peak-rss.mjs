/**
 * Runs a process to completion and reports its wall time and peak memory. Peak RSS comes from
 * /proc/<pid>/status (VmHWM, the kernel's own high-water mark), read every 50 ms until exit, summed over
 * the process and its descendants.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export function runMeasured(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    // Each process's own high-water mark, summed over the process and every process it started (a
    // command that starts itself again, as `notnow import` does for its heap cap, counts as both).
    const highWater = new Map();
    const poll = setInterval(() => {
      for (const pid of tree(child.pid)) {
        const kb = vmHwmKb(pid);
        if (kb > (highWater.get(pid) ?? 0)) highWater.set(pid, kb);
      }
      let sum = 0;
      for (const kb of highWater.values()) sum += kb;
      peakKb = Math.max(peakKb, sum);
    }, 50);
    child.on('error', (e) => {
      clearInterval(poll);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({
        code,
        stdout,
        stderr,
        seconds: (performance.now() - started) / 1000,
        peakRssMb: peakKb / 1024,
      });
    });
  });
}

function vmHwmKb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0; // The process has just exited.
  }
}

/** The process and its descendants (Linux: /proc/<pid>/task/<tid>/children). */
function tree(pid) {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    try {
      for (const tid of readdirSync(`/proc/${out[i]}/task`)) {
        const kids = readFileSync(`/proc/${out[i]}/task/${tid}/children`, 'utf8').trim();
        if (kids) for (const k of kids.split(/\s+/)) out.push(Number(k));
      }
    } catch {
      // Gone already.
    }
  }
  return out;
}
