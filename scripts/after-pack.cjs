// electron-builder's afterPack hook (named in electron-builder.yml): flips Electron's fuses in the
// packaged binary, switching off what an attacker on the machine could use to run code as Pird.
const { join } = require('node:path');
const { FuseV1Options, FuseVersion, flipFuses } = require('@electron/fuses');

/** Pird's fuses: no ELECTRON_RUN_AS_NODE, no --inspect, cookies encrypted, the app only from its checked ASAR. */
const fuses = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

async function afterPack(context) {
  const { electronPlatformName: platform, appOutDir, packager } = context;
  const name = packager.appInfo.productFilename;
  const executable = platform === 'darwin'
    ? join(appOutDir, `${name}.app`)
    : join(appOutDir, platform === 'win32' ? `${name}.exe` : packager.executableName);
  await flipFuses(executable, { ...fuses, resetAdHocDarwinSignature: platform === 'darwin' && process.arch === 'arm64' });
}

module.exports = { default: afterPack, fuses };
