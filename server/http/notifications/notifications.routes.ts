import { NotificationList, NotificationQuery, ReadNotificationsAnswer, ReadNotificationsBody } from "../../../shared/protocol/tasks.ts";
import type { Db } from "../../db/pool.ts";
import { countUnread, listNotifications, markNotificationsRead } from "../../db/repositories/notificationInbox.ts";
import { apiRoute } from "../apiRoute.ts";

export const notificationRoutes = (db: Db) => [
  apiRoute({
    method: "get", path: "/api/me/notifications", tag: "notifications", auth: "signed-in",
    summary: "My notifications, newest first, with how many are unread; `before` (the last one's createdAt) pages back",
    query: NotificationQuery, status: 200, response: NotificationList,
    errors: { 400: "before is not a date and time, or limit is out of range" },
    handler: async ({ query, actor }) => listNotifications(db, actor!.user.id, query),
  }),
  apiRoute({
    method: "post", path: "/api/me/notifications/read", tag: "notifications", auth: "signed-in",
    summary: "Mark my notifications read: those in `ids`, or all of them when `ids` is absent",
    body: ReadNotificationsBody, status: 200, response: ReadNotificationsAnswer,
    errors: { 400: "an id is not a uuid" },
    handler: async ({ body, actor }) => {
      const read = await markNotificationsRead(db, actor!.user.id, body.ids);
      return { read, unread: await countUnread(db, actor!.user.id) };
    },
  }),
];
