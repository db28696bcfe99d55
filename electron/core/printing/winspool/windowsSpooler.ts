import { koffiWinspool } from './koffiWinspool';
import { createSpoolerDriver, type SpoolerDriver } from './spoolerDriver';

/** The spooler driver on Windows; none elsewhere, or where koffi cannot load (then `printer:Name` says it has no driver). */
export function windowsSpoolerDriver(platform: NodeJS.Platform = process.platform, onProblem: (problem: unknown) => void = () => undefined): SpoolerDriver | undefined {
  if (platform !== 'win32') return undefined;
  try {
    return createSpoolerDriver(koffiWinspool());
  } catch (problem) {
    onProblem(problem);
    return undefined;
  }
}
