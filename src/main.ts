import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { keyboardDefaults } from './composables/fieldKeyboard'
import { acceptTypedDates } from './composables/typedDates'
import './styles.css'
import { t } from './locales'
import { router } from './router'

router.afterEach((to) => {
  const title = to.meta.titleKey ? t(to.meta.titleKey) : ''
  document.title = title ? `${title} - ${t('app.name')}` : t('app.name')
})

acceptTypedDates(document)
keyboardDefaults(document)

createApp(App).use(createPinia()).use(router).mount('#app')
