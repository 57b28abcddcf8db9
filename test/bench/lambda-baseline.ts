/**
 * The Lambda row's baseline: the smallest useful handler on the same stack, a Hono app wrapped
 * by hono/aws-lambda that reads one item through the DynamoDB client. Bundled and imported
 * exactly as the real handlers are.
 */
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { Hono } from "hono";
import { handle } from "hono/aws-lambda";

const client = new DynamoDBClient({});
const app = new Hono();

app.get("/health", async (c) => {
  await client.send(new GetItemCommand({ TableName: process.env.TABLE_NAME ?? "bedside", Key: { pk: { S: "HEALTH" }, sk: { S: "HEALTH" } } }));
  return c.json({ status: "ok" });
});

export const handler = handle(app);
