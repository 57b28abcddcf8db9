import type { Plugin } from "esbuild";
export declare const zodNamespaceImport: Plugin;
export declare const zodEnglishOnly: Plugin;
declare const plugins: Plugin[];
export default plugins;
