import type { DocsApp } from '../documents/register-helpers'

/** An office where sign-off takes three people: 经办 黄丽娜, 审核 陈志强, 签发 李晓燕; `as` puts one on duty. */
export async function threePersonOffice(app: DocsApp) {
  await app.call('settings/update', { signOffByOnePerson: false, docNumberWarningLetter: '柳市消安委办函〔{年}〕{n}号' })
  const ids = {
    clerk: (await app.call('operators/create', { name: '黄丽娜', roles: ['drafter'] })).id,
    checker: (await app.call('operators/create', { name: '陈志强', roles: ['reviewer'] })).id,
    head: (await app.call('operators/create', { name: '李晓燕', roles: ['signer'] })).id,
  }
  const as = (who: keyof typeof ids) => app.call('operators/signIn', { id: ids[who] })
  return { app, as }
}
