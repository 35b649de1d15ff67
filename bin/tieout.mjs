#!/usr/bin/env node
// `npx tieout` runs this with the project's pinned Node 22 (npm puts node_modules/.bin,
// where that Node lives, first on PATH); the CLI itself is TypeScript run by Node's type stripping.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(`tieout: needs Node 22.18 or later (found ${process.version}); run it as \`npx tieout\` after \`npm install\`.\n`);
  process.exit(2);
}
// `tieout facts … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => process.exit(e.code === 'EPIPE' ? 0 : 2));
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
