/** Milliseconds left on a timer ending at `endsAt` (server clock), never below zero. */
export function remainingMs(endsAt: number, clockOffset: number, now: number = Date.now()): number {
  return Math.max(0, endsAt - (now + clockOffset));
}

/** "4:05", "12:00", "1:02:03": how a countdown reads, rounded up so that 0:00 means time is up. */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** A short, gentle two-tone chime through WebAudio; silent where audio is unavailable. */
export function playChime(): void {
  try {
    const context = new AudioContext();
    const start = context.currentTime;
    [660, 880].forEach((frequency, index) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      const at = start + index * 0.22;
      // Fades in and out: a click-free, quiet tone rather than an alarm.
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(0.18, at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.001, at + 0.5);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.55);
    });
    window.setTimeout(() => void context.close(), 1200);
  } catch {
    // No audio (autoplay policy, no device): the flash is the signal.
  }
}
