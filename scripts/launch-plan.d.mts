export declare const BUILD_OUTPUTS: readonly string[]

export interface ElectronLookup {
  /** node_modules/electron, or null when the package is not installed. */
  electronDir: string | null
  env: NodeJS.ProcessEnv
  exists: (path: string) => boolean
  read: (path: string) => string
}

export declare function findElectronBinary(lookup: ElectronLookup): string | null
export declare function missingBuildOutputs(root: string, exists: (path: string) => boolean): string[]
export declare function electronEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv
