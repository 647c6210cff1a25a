import { defineParameterType } from '@cucumber/cucumber'

/** Someone in the story, by first name: "Amna", "Zara". */
defineParameterType({ name: 'actor', regexp: /[A-Z][a-z]+/, transformer: (name) => name })
