/** A domain tab of a detail page: its slot is `tab-<name>`. */
export interface DetailTab {
  name: string
  label: string
}

/** What the header shows of a record, and the documents of its 文书 tab. */
export interface DetailHead {
  title: string
  status?: DetailStatus | null
  voidReason?: string | null
  /** listed in the 文书 tab (and counted on it), unless the page fills the `documents` slot its own way */
  documents?: readonly { id: string; issueDate: string }[]
}

/** The status tag beside a detail page's title. */
export interface DetailStatus {
  label: string
  type: 'default' | 'info' | 'success' | 'warning' | 'error'
}
