// ITSM Flow: the webapp's supported configuration file (replaces Camunda's default config.js).
export default {
  app: {
    name: 'Home',
    vendor: 'ITSM Flow'
  },
  disableWelcomeMessage: true,
  customScripts: ['scripts/itsm-sign-in']
};
