/** Strings of the shared page pieces: list page, detail page, form drawer, issue drawer. */
export const pagesZh = {
  formDrawer: {
    discardTitle: '放弃修改？',
    discardText: '表单中有尚未保存的修改，关闭后这些修改将丢失。',
    discard: '放弃修改',
    keepEditing: '继续编辑',
  },
  detailPage: {
    back: '返回',
    timeline: '办理过程',
    documents: '文书',
    attachments: '照片和附件',
    noDocuments: '尚无文书',
  },
  listPage: {
    retry: '重试',
  },
} as const
