/**
 * Words people capitalise in workplace chat ("the Hotfix Runbook", "ask Okta support") that no
 * other check recognises as ordinary: compromise's lexicon lacks them and they are rare or compound
 * in lower case (see frequent-words.ts), so a pair of them would pass for a first name and a surname.
 * Plurals are derived ("Labs", "Runbooks"); lower case throughout.
 */
const WORK = `
  lab standup runbook playbook postmortem changelog offboarding kanban okr kpi allhands offsite townhall
  hackathon oncall doc faq readme superadmin org emea apac latam
`;

const ENGINEERING = `
  autoscaler hotfix bugfix sso saml api sdk cli gui ui ux fullstack devops sre ops secops devsecops mlops
  dataops finops gitops chatops microservice monorepo codebase pod dev qa uat preprod stg wi-fi
  env var tmp args argv cwd stdin stdout stderr regex enum async repo config dir src util utils params impl
`;

const PRODUCTS = `
  kubernetes postgresql rabbitmq tomcat elasticsearch opensearch kibana logstash prometheus datadog newrelic
  splunk pagerduty opsgenie statuspage bugsnag honeycomb lightstep jaeger zipkin otel opentelemetry okta
  keycloak onelogin duo lastpass bitwarden gitlab bitbucket trello asana clickup figma zeplin lucidchart
  calendly webex gsuite sharepoint dropbox hubspot zendesk intercom freshdesk marketo mailchimp sendgrid
  twilio mixpanel hotjar venmo braintree adyen klarna revolut amex aws gcp cloudfront cloudwatch redshift
  snowflake databricks dbt looker metabase superset vercel netlify fastly akamai digitalocean linode hetzner
  podman containerd istio linkerd argocd argo spinnaker circleci buildkite npm pnpm deno nodejs typescript
  golang php elixir erlang haskell clojure vue svelte nextjs nuxt gatsby rollup esbuild vitest cypress
  storybook tailwind openai anthropic chatgpt gpt ollama huggingface cohere grok deepseek qwen codex sonnet
  haiku macbook macos ios ipados watchos tvos visionos chromebook thinkpad pulumi crossplane packer
`;

/** Three-letter words are too short for the frequency check (many short surnames pass it too), so common ones are listed. */
const SHORT = `
  app hub bot tab web kit bug fee gap gym pad pot pub spa tap toy jar jet dot fan fax cab lid neo
`;

/** The labels of personal fields on forms and in schemas ("dob", "cpf", "curp"): what the field holds is found by its label, the label is no one. */
const FIELD_LABELS = `
  dob cpf cnpj curp rfc nif nie pps ppsn bsn tfn aadhaar pesel
`;

/** Placeholder companies of documentation and test data, and parts of place names ("San Jose", "Los Angeles"). */
const PLACEHOLDERS_AND_PLACES = `
  northwind contoso fabrikam tailspin wingtip adatum initech globex hooli cyberdyne acme san los
`;

export const CHAT_OPS_WORDS: ReadonlySet<string> = new Set(
  [WORK, ENGINEERING, PRODUCTS, SHORT, FIELD_LABELS, PLACEHOLDERS_AND_PLACES].join(' ').split(/\s+/).filter((word) => word.length > 0),
);
