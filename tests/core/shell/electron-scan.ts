/**
 * A static scan of the shell's TypeScript for Electron's security checklist, read from the AST so
 * comments and strings that merely mention a setting do not count. Electronegativity covers the
 * same ground but needs the network and ~400 packages; this runs in milliseconds inside `npm test`.
 */
import ts from 'typescript'

export interface Finding {
  file: string
  line: number
  rule: string
}

export interface SourceFile {
  /** Path relative to the repository, with forward slashes. */
  path: string
  text: string
}

/** webPreferences that every window must set, literally, to these values. */
export const REQUIRED_WEB_PREFERENCES: Readonly<Record<string, boolean>> = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
  webviewTag: false,
}

/** Settings whose only acceptable literal value is the safe one, wherever they appear. */
const SAFE_VALUES: Readonly<Record<string, boolean>> = {
  ...REQUIRED_WEB_PREFERENCES,
  nodeIntegrationInSubFrames: false,
  nodeIntegrationInWorker: false,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  bypassCSP: false,
}

const FORBIDDEN_PROPERTIES = new Set(['enableBlinkFeatures', 'enableRemoteModule'])
const FORBIDDEN_METHODS = new Set(['loadFile', 'registerFileProtocol', 'interceptFileProtocol', 'interceptStreamProtocol'])
const IPC_REGISTRATIONS = new Set(['handle', 'handleOnce', 'on', 'once', 'addListener'])
const OS_OPENERS = new Set(['openExternal', 'openPath'])

const SAFE_EXTERNAL = 'electron/main/safe-external.ts'
const IPC_FILE = 'electron/main/ipc.ts'

function propertyName(name: ts.PropertyName): string | null {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : null
}

function literalBoolean(node: ts.Expression): boolean | null {
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false
  return null
}

function objectProperties(node: ts.ObjectLiteralExpression): Map<string, ts.Expression> {
  const props = new Map<string, ts.Expression>()
  for (const p of node.properties) {
    if (ts.isPropertyAssignment(p)) {
      const name = propertyName(p.name)
      if (name !== null) props.set(name, p.initializer)
    } else if (ts.isShorthandPropertyAssignment(p)) {
      props.set(p.name.text, p.name)
    }
  }
  return props
}

/** Scans the given files; each finding names the file, the line and the broken rule. */
export function scanElectronSources(files: readonly SourceFile[]): Finding[] {
  const findings: Finding[] = []
  let windows = 0
  let ipcRegistrations = 0
  let bridges = 0

  for (const { path, text } of files) {
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
    const report = (node: ts.Node, rule: string): void => {
      findings.push({ file: path, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, rule })
    }

    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
        const name = propertyName(node.name)
        if (name !== null && name in SAFE_VALUES) {
          const value = ts.isPropertyAssignment(node) ? literalBoolean(node.initializer) : null
          if (value !== SAFE_VALUES[name]) report(node, `${name} must be the literal ${String(SAFE_VALUES[name])}`)
        }
        if (name !== null && FORBIDDEN_PROPERTIES.has(name)) report(node, `${name} is not allowed`)
      }

      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
        const cls = node.expression.text
        if (cls === 'BrowserView' || cls === 'WebContentsView') report(node, `${cls} is not allowed: one BrowserWindow only`)
        if (cls === 'BrowserWindow') {
          windows++
          const options = node.arguments?.[0]
          const prefs = options && ts.isObjectLiteralExpression(options) ? objectProperties(options).get('webPreferences') : undefined
          if (!prefs || !ts.isObjectLiteralExpression(prefs)) {
            report(node, 'BrowserWindow needs a literal webPreferences object')
          } else {
            const set = objectProperties(prefs)
            for (const [key, want] of Object.entries(REQUIRED_WEB_PREFERENCES)) {
              const got = set.get(key)
              if (!got || literalBoolean(got) !== want) report(prefs, `webPreferences.${key} must be ${String(want)}`)
            }
            if (!set.has('preload')) report(prefs, 'webPreferences.preload must be set')
          }
        }
      }

      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text
        const target = node.expression.expression.getText(source)
        if (FORBIDDEN_METHODS.has(method)) report(node, `${method}() is not allowed: the UI is served over app://`)
        if (OS_OPENERS.has(method) && path !== SAFE_EXTERNAL) report(node, `${method}() only in ${SAFE_EXTERNAL}`)
        if (target === 'ipcMain' && IPC_REGISTRATIONS.has(method)) {
          ipcRegistrations++
          if (path !== IPC_FILE) report(node, `ipcMain.${method}() only in ${IPC_FILE}`)
        }
        if (method === 'exposeInMainWorld') {
          bridges++
          const key = node.arguments[0]
          if (!key || !ts.isStringLiteral(key) || key.text !== 'firedesk') report(node, "exposeInMainWorld only as 'firedesk'")
        }
      }

      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'pathToFileURL') {
        report(node, 'pathToFileURL() is not allowed: the UI is served over app://')
      }
      const literal = ts.isTemplateExpression(node) ? node.head.text : ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : ''
      if (/^file:/i.test(literal)) {
        report(node, 'file: URLs are not allowed: the UI is served over app://')
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }

  const where = files[0]?.path ?? ''
  if (windows === 0) findings.push({ file: where, line: 0, rule: 'no BrowserWindow found to check' })
  if (ipcRegistrations !== 1) findings.push({ file: where, line: 0, rule: `exactly one ipcMain registration expected, found ${ipcRegistrations}` })
  if (bridges !== 1) findings.push({ file: where, line: 0, rule: `exactly one exposeInMainWorld expected, found ${bridges}` })
  return findings
}

/** What a file calls: function and method names, plus `on:<event>` for each `.on('<event>', …)`. */
export function callsIn(text: string): Set<string> {
  const source = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const names = new Set<string>()
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : null
      if (name !== null) names.add(name)
      const first = node.arguments[0]
      if ((name === 'on' || name === 'once') && first && ts.isStringLiteral(first)) names.add(`on:${first.text}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return names
}
