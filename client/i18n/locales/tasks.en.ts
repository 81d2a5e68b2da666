/** The demand hall, in English; tasks.zh-CN.ts has the same keys. */
export const tasksEn = {
  title: "Demand hall",
  /** The demand hall in the 3D park: the task board, its task card, notices, a booth's open tasks. */
  park: {
    board: {
      negotiable: "Budget negotiable",
      budget: "¥{{amount}}",
      due: "Due {{date}}",
      noDeadline: "No deadline",
      empty: "No open tasks yet: post one from the demand hall page",
      hint: "Click a task to read it",
    },
    notice: {
      region: "Park news",
      posted: "{{actor}} posted: {{title}}",
      assigned: "{{actor}} took: {{title}}",
      completed: "Completed for {{actor}}: {{title}}",
      dismiss: "Dismiss",
    },
    card: {
      label: "Task",
      by: "Posted by {{name}}",
      budget: "Budget",
      deadline: "Deadline",
      skills: "Skills",
      open: "Open task",
      apply: "Apply",
      close: "Close",
      loading: "Loading the task…",
      failed: "This task could not be loaded.",
    },
    booth: {
      openTasks: "Open tasks",
    },
  },
};
