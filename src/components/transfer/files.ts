/**
 * Files in and out of the renderer without a native dialog, so the same code runs in Electron and
 * in the web harness: a picked file is read as base64 for the core, and a file from the core is
 * saved through a Blob URL on an <a download> (the browser's or Electron's save flow).
 */

/** The content of a picked file as base64, without the data: URL prefix. */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*;base64,/, ''))
    reader.onerror = () => reject(reader.error ?? new Error(file.name))
    reader.readAsDataURL(file)
  })
}

const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
  pdf: 'application/pdf',
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** Hands a file to the save flow under its own name. */
export function saveBase64(fileName: string, dataBase64: string): void {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? ''
  const blob = new Blob([bytesOf(dataBase64)], { type: MIME_BY_EXTENSION[extension] ?? 'application/octet-stream' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  // The download has taken the blob by the time the click returns in Chromium; a delay keeps
  // slower save flows safe before the memory is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
