import type { PracticeSettings } from "@bedside/core/practice/practice";
import { PLATFORMS, type Platform } from "@bedside/core/platform/platform";
import { LAKESIDE_CONVERSATIONS, RIVERSIDE_CONVERSATIONS, type DemoConversation } from "./demo-conversations.ts";

export interface DemoPractice {
  slug: string;
  name: string;
  settings: Partial<PracticeSettings>;
  people: { staff: string; physician: string; admin: string };
  platforms: Platform[];
  conversations: DemoConversation[];
}

export const DEMO_PRACTICES: DemoPractice[] = [
  {
    slug: "riverside",
    name: "Riverside Family Medicine",
    settings: {
      phone: "(555) 010-0100",
      address: "120 River Road, Suite 2, Riverside",
      hours: "Mon-Fri 8am-6pm, Sat 9am-12pm",
      portalUrl: "https://portal.riverside.example",
      bookingUrl: "https://riverside.example/book",
      onCallContact: "+15555550199",
    },
    people: { staff: "Maria Lopez", physician: "Dr. Sam Patel", admin: "Alex Chen" },
    platforms: [...PLATFORMS],
    conversations: RIVERSIDE_CONVERSATIONS,
  },
  {
    slug: "lakeside",
    name: "Lakeside Pediatrics",
    settings: {
      phone: "(555) 010-0200",
      address: "44 Lakeshore Drive, Lakeside",
      hours: "Mon-Fri 8am-5pm",
      portalUrl: "https://portal.lakeside.example",
      bookingUrl: "https://lakeside.example/book",
      onCallContact: "oncall@lakeside.example",
    },
    people: { staff: "Jordan Reyes", physician: "Dr. Priya Nair", admin: "Taylor Brooks" },
    platforms: ["facebook", "instagram", "google_reviews", "web_form", "email", "sms"],
    conversations: LAKESIDE_CONVERSATIONS,
  },
];
