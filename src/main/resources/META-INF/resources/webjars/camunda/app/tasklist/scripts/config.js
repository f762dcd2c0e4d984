// ITSM Flow: the webapp's supported configuration file (replaces Camunda's default config.js).
export default {
  app: {
    name: 'Tasklist',
    vendor: 'ITSM Flow'
  },
  disableWelcomeMessage: true,
  customScripts: ['scripts/itsm-default-sorting', 'scripts/itsm-sign-in'],
  // Cockpit and auditors can trace a task comment back to its record.
  assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
