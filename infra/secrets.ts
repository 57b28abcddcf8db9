/** Secrets, set per stage with `npx sst secret set <Name> <value> --stage <stage>`. */
export const secrets = {
  sessionKey: new sst.Secret("SessionKey"),
  metaAppSecret: new sst.Secret("MetaAppSecret"),
  metaVerifyToken: new sst.Secret("MetaVerifyToken"),
  xConsumerSecret: new sst.Secret("XConsumerSecret"),
  twilioAuthToken: new sst.Secret("TwilioAuthToken"),
  linkedinClientSecret: new sst.Secret("LinkedinClientSecret"),
};

export const allSecrets = Object.values(secrets);
