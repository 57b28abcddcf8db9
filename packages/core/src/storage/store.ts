import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

/** The handle every storage function receives: the document client and the table name. */
export interface Store {
  doc: DynamoDBDocumentClient;
  client: DynamoDBClient;
  tableName: string;
}

export interface StoreConfig {
  /** Omit on AWS; set for DynamoDB Local or any other endpoint. */
  endpoint?: string;
  region?: string;
  tableName?: string;
}

/**
 * Builds the SDK clients. Against a local endpoint it supplies dummy credentials
 * (DynamoDB Local accepts any) and a short timeout so an outage surfaces as 503 fast.
 */
export function createStore(config: StoreConfig = {}): Store {
  const local = Boolean(config.endpoint);
  const client = new DynamoDBClient({
    endpoint: config.endpoint,
    region: config.region ?? process.env.AWS_REGION ?? "us-east-1",
    ...(local ? { credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {}),
    maxAttempts: 3,
    // throwOnRequestTimeout: without it the SDK only warns and the call hangs on a store that
    // accepted the connection but stopped answering (found by the reliability suite's outage test).
    requestHandler: { requestTimeout: 5_000, connectionTimeout: 2_000, throwOnRequestTimeout: true },
  });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { doc, client, tableName: config.tableName ?? "bedside" };
}
