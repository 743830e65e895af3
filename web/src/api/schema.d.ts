// Generated from the server's OpenAPI document by `npm run gen:api` — do not edit.
// server/src/test/api-types.test.ts fails when this file no longer matches the server.
export interface paths {
    "/api/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 账号列表
         * @description Lists and searches accounts in the caller's subtrees. Security admin, org admin or party office. securityAlert=id_probe keeps the accounts with a recent ID-number probe signal in the caller's security-admin subtrees (none for other roles).
         */
        get: operations["getAccounts"];
        put?: never;
        /**
         * 开通账号
         * @description Creates a sign-in account for a registered person. Security admin over the person's organisation.
         */
        post: operations["postAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 账号详情
         * @description One account with its status and the viewer's abilities on it. The holder, or a security admin, org admin or party office over the account.
         */
        get: operations["getAccountsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 停用账号
         * @description Disables an account and ends its sessions. Security admin covering every org the account touches (strictly above any org where it is an administrator); not one's own.
         */
        post: operations["postAccountsByIdDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 启用账号
         * @description Re-enables a disabled account. Security admin covering every org the account touches (strictly above any org where it is an administrator); not one's own.
         */
        post: operations["postAccountsByIdEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 账号的角色授权
         * @description Lists an account's role grants (administrators see only those in their subtrees). The holder, or a security admin, org admin or party office over the account.
         */
        get: operations["getAccountsByIdGrants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重置密码
         * @description Sets a new initial password the holder must change at next sign-in. Security admin covering every org the account touches (strictly above any org where it is an administrator); not one's own.
         */
        post: operations["postAccountsByIdResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 解除账号锁定
         * @description Clears a sign-in lockout on an account. Security admin covering every org the account touches (strictly above any org where it is an administrator); not one's own.
         */
        post: operations["postAccountsByIdUnlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 可开通账号的人员
         * @description Searches people by name in the caller's security-admin subtrees (name, org and any existing account only), to open an account for one. Security admin.
         */
        get: operations["getAccountsCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计日志
         * @description Lists the audit log, newest first, with each action named and summarised in the caller language. Audit administrators, over the whole tree.
         */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 校验审计日志哈希链
         * @description Verifies the audit chain link by link and records that it was checked. Audit administrators.
         */
        post: operations["postAuditVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/acting-for": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 开始代办
         * @description Switches the current session to act for a principal through one of the caller's active delegations. The delegate account only.
         */
        post: operations["postAuthActingFor"];
        /**
         * 结束代办
         * @description Stops acting for a principal in the current session. Any signed-in session.
         */
        delete: operations["deleteAuthActingFor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登录
         * @description Signs in with phone, password and (when enabled) TOTP code, setting a cookie (web) or returning a bearer token (app). Public; rate-limited per IP and locked per account.
         */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退出登录
         * @description Ends the current session. Any signed-in session, at any stage or while acting for someone.
         */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退出全部设备
         * @description Ends every session of the caller's account. Any signed-in session, at any stage or while acting for someone.
         */
        post: operations["postAuthLogoutAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 修改密码
         * @description Changes the caller's own password and ends their other sessions. Any signed-in account (also in the forced password-change stage), not while acting for someone.
         */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 关闭动态口令
         * @description Turns the caller's own TOTP off with a current code (refused for administrators under mlps). Any fully signed-in account, not while acting for someone.
         */
        post: operations["postAuthTotpDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 启用动态口令
         * @description Turns TOTP on with a first correct code and completes the mfa_setup stage. Only a session in the mfa_setup stage.
         */
        post: operations["postAuthTotpEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 设置动态口令
         * @description Starts TOTP setup and returns the otpauth URI for an authenticator app. Only a session in the mfa_setup stage.
         */
        post: operations["postAuthTotpSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 工作日历
         * @description A year's public holidays and make-up working days (the days that differ from Monday–Friday work, with names), whether the year is confirmed, and the next-year warning. Any signed-in user.
         */
        get: operations["getCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/days/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设置节假日或调休上班日
         * @description Sets a day as a day off (holiday) or a working day, with its name. System admins; audited.
         */
        put: operations["putCalendarDaysByDay"];
        post?: never;
        /**
         * 恢复为按周历
         * @description Reverts a day to the weekday rule (Monday–Friday work), unnamed. System admins; audited.
         */
        delete: operations["deleteCalendarDaysByDay"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 工作日历状态
         * @description Whether next year's holidays are confirmed, and whether to warn (from November). Any signed-in user.
         */
        get: operations["getCalendarStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 确认年度日历
         * @description Marks a year's holidays confirmed (or not) once the State Council's dates are entered. System admins; audited.
         */
        put: operations["putCalendarYearsByYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content-media/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 文章图片或 PDF 文档
         * @description The bytes of an article image (`size=small`: the phone's 720 px width) or a PDF document, with HTTP Range (206 Partial Content, 416 for a range outside the file), so the phone's PDF viewer fetches only the pages it shows. For editors of its organisation's subtree and for the readers of a published item that shows it; anyone else is told it does not exist.
         */
        get: operations["getContentMediaById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content-media/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传 PDF 文档
         * @description Uploads one PDF for a document item: multipart field "orgId" before the file part "file"; recognised by its %PDF bytes, up to 50 MB. Org admin or party office of the organisation.
         */
        post: operations["postContentMediaDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content-media/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传文章图片
         * @description Uploads one article image: multipart field "orgId" (the organisation whose article shows it) before the file part "file". JPEG, PNG, WebP or GIF, recognised by its bytes, up to 15 MB. The picture is turned upright, resized to at most 1600 px wide (and 720 px for phones), re-encoded and stripped of all metadata (EXIF, GPS). Put the answer's `url` in the article body as <img src>. Org admin or party office of the organisation.
         */
        post: operations["postContentMediaImages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/favourites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的收藏
         * @description The caller's favourite items that are still published for them, newest first. Anyone signed in.
         */
        get: operations["getContentFavourites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 学习频道列表
         * @description Published items whose audience includes the caller (or the member they act for), pinned first, newest first; `q` searches titles. Anyone signed in.
         */
        get: operations["getContentFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/feed/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 阅读文章
         * @description One published item for the reader, with the reading so far. Anyone in its audience.
         */
        get: operations["getContentFeedById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/feed/{id}/favourite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 收藏
         * @description Adds the item to the caller’s favourites (收藏). Anyone in its audience who is a person.
         */
        put: operations["putContentFeedByIdFavourite"];
        post?: never;
        /**
         * 取消收藏
         * @description Removes the item from the caller’s favourites. Anyone in its audience who is a person.
         */
        delete: operations["deleteContentFeedByIdFavourite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/feed/{id}/reading": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 阅读心跳
         * @description Sent while the reader is visible (a start when it opens or shows again, then every few seconds, and when the end is reached). The server credits at most the wall-clock time since the previous beat, capped, and records content.item.read at most once per minute of reading. Anyone in its audience who is a person.
         */
        post: operations["postContentFeedByIdReading"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/feed/{id}/video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 视频内容的播放信息
         * @description The video a published video item shows, with the caller's own watching (resume position, seconds watched). Anyone in the item's audience.
         */
        get: operations["getContentFeedByIdVideo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/feed/{id}/video/poster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 视频内容封面
         * @description The item's video poster frame (JPEG). Anyone in the item's audience.
         */
        get: operations["getContentFeedByIdVideoPoster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/feed/{id}/video/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 播放视频内容
         * @description The item's video as an H.264/AAC MP4 rendition (small 流畅 or standard 标清), with HTTP Range. Cookie sessions work, so a <video> element can play it. Anyone in the item's audience.
         */
        get: operations["getContentFeedByIdVideoStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/feed/{id}/video/watch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上报视频内容观看进度
         * @description Reports a stretch of the item's video actually played, as POST /api/videos/{id}/watch does; the video.asset.watched event names the item (contentId). Anyone in the item's audience who is a person.
         */
        post: operations["postContentFeedByIdVideoWatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 学习内容列表（管理）
         * @description Content owned within the caller's editing subtrees, newest change first; `toReview=true` lists items others submitted that the caller may approve (待我审核). Org admin or party office.
         */
        get: operations["getContentItems"];
        put?: never;
        /**
         * 新建文章
         * @description Creates an item as a draft in the given organisation: an article (the body is sanitised: allowed tags only, http(s) links, images uploaded within the caller's subtrees), a document (documentId: an uploaded PDF) or a video (videoId: a ready video of the library within the caller's subtrees). publishAt schedules the publication once approved. Org admin or party office over that organisation.
         */
        post: operations["postContentItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 学习内容详情（管理）
         * @description One item with its body and audience, for the editor and the preview. Org admin or party office.
         */
        get: operations["getContentItemsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改文章
         * @description Edits a draft or returned article (a withdrawn one becomes a draft again); submitted and published items cannot be edited. Org admin or party office.
         */
        patch: operations["patchContentItemsById"];
        trace?: never;
    };
    "/api/content/items/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审核通过并发布
         * @description Approves a submitted item and publishes it, or, when its publishAt lies ahead, schedules it (status scheduled, published by a cron at that minute). A second person: the author is refused with CONTENT_SELF_APPROVAL. Org admin or party office.
         */
        post: operations["postContentItemsByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/items/{id}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 置顶
         * @description Pins an item to the top of its channel, or unpins it. Org admin or party office.
         */
        put: operations["putContentItemsByIdPin"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/items/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退回修改
         * @description Returns a submitted item to its author with a note. Org admin or party office.
         */
        post: operations["postContentItemsByIdReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/items/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交审核
         * @description Submits a draft, returned or withdrawn item for review. Org admin or party office.
         */
        post: operations["postContentItemsByIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/items/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回
         * @description Withdraws a published item from readers, or cancels a scheduled one (定时发布) before it goes out. Org admin or party office.
         */
        post: operations["postContentItemsByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 代办授权列表
         * @description Lists delegations of a principal, a delegate or the principals of an org's subtree, keeping those the caller may see: the principal, the delegate, or an org admin, branch secretary or security admin over the principal. The subtree filter needs one of those roles over the org.
         */
        get: operations["getDelegations"];
        put?: never;
        /**
         * 新建代办授权
         * @description Lets a relative's account act for a member (代办). The member themself, or their org admin or branch secretary; never naming oneself as delegate.
         */
        post: operations["postDelegations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/delegations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * 撤销代办授权
         * @description Revokes a delegation. The principal, their org admin or branch secretary, or the delegate.
         */
        delete: operations["deleteDelegationsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/delegations/delegate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 按手机号查找代办人账号
         * @description Finds the account a phone number signs in to (masked name and phone), to name it as the delegate of a member. Exact number only; only an account that touches no organisation yet or one in the caller's subtrees is answered, any other is 404 like an unknown number. Org admin or branch secretary over the member; rate-limited per account and audited.
         */
        get: operations["getDelegationsDelegate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 行为数据查询
         * @description Lists domain events in your organisations, newest first, by keyset cursor (nextCursor), with rendered summaries.
         */
        get: operations["getEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 事件订阅投递状态
         * @description Each event subscriber's delivery state, lag and last error. System administrators.
         */
        get: operations["getEventsSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传文件
         * @description Uploads one spreadsheet (multipart field "file") for a later import: .xlsx, .xls, .et (WPS), .ods, or .csv (UTF-8 or GB18030). The type is read from the bytes (a .csv also needs its name); a refused file is named (a Word or PDF document, .xlsb, Numbers, a password) with what to do. The file is private to the uploader and expires after 48 h. Org admin or party office.
         */
        post: operations["postFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载文件
         * @description Downloads one of your own files (an import report or an export) until it expires.
         */
        get: operations["getFilesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 授予角色
         * @description Grants a role at an organisation to an account. Security admin over the org (administrator roles only from strictly above), or org admin / party office for everyday roles; never to oneself. An account in another subtree answers 404 like a missing one.
         */
        post: operations["postGrants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/grants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * 撤销角色授权
         * @description Revokes a role grant. Same rule as granting it: security admin over the org (administrator roles only from strictly above), or org admin / party office for everyday roles; never one's own.
         */
        delete: operations["deleteGrantsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的任务
         * @description Your 50 most recent jobs.
         */
        get: operations["getJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 任务进度
         * @description Status, progress and result of one of your jobs; poll it until status is succeeded or failed.
         */
        get: operations["getJobsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的学习记录
         * @description The caller's learning record (a delegate's: the member's): points in all, this year and today with today's points by rule and cap, study hours this year against the annual target by source, the daily quiz answer rate this month and this year so far over working days, and the last day studied.
         */
        get: operations["getLearningMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/me/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的积分明细
         * @description The caller's (or the acted-for member's) points ledger, newest first, each award with its rule's label and whether a relative earned it acting for the member.
         */
        get: operations["getLearningMePoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/me/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的积分排名
         * @description The caller's place by this year's points among the people of their branch and of the party committee above it (township). Refused with LEARNING_RANKINGS_OFF where the org's settings switched personal rankings off.
         */
        get: operations["getLearningMeRanking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 当前用户信息
         * @description Returns the signed-in account, session stage, grants, acting-for state, modules and console abilities. Any signed-in session, at any stage or while acting for someone.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改界面语言
         * @description Sets the signed-in account's interface language. Any fully signed-in account, also while acting for someone.
         */
        patch: operations["patchMe"];
        trace?: never;
    };
    "/api/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的消息设置
         * @description The caller's delivery preferences: email (with its address), text messages through the gateway, and quiet hours in China time; `available` says which channels the platform has configured.
         */
        get: operations["getMeNotificationPreferences"];
        /**
         * 修改消息设置
         * @description Sets the caller's delivery preferences. Email on needs an address. During quiet hours non-urgent external deliveries wait until the end of them; urgent ones go at once; the in-app centre always receives.
         */
        put: operations["putMeNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notification-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 消息发送记录
         * @description The outbox of external deliveries (email, gateway), newest first, filtered by status; `channels` says which channels are configured (an unconfigured channel's deliveries wait, pending). System administrators.
         */
        get: operations["getNotificationDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notification-deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重新发送
         * @description Puts a failed delivery back in the outbox, due now, with a fresh count of attempts (409 unless it failed). System administrators.
         */
        post: operations["postNotificationDeliveriesByIdRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的消息
         * @description The caller's own notifications, newest first, page by page; `filter=unread` lists the unread only. Titles and bodies are rendered in the caller's language. `unread` is the caller's unread count.
         */
        get: operations["getNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 标记已读
         * @description Marks one of the caller's notifications read (again: no change). Another account's is a 404.
         */
        post: operations["postNotificationsByIdRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 全部标记已读
         * @description Marks every unread notification of the caller's read; answers how many it marked.
         */
        post: operations["postNotificationsReadAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 未读消息数
         * @description How many of the caller's notifications are unread (the bell's badge).
         */
        get: operations["getNotificationsUnreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 搜索组织
         * @description Searches organisations within the caller's granted subtrees and their own branch. Any signed-in user.
         */
        get: operations["getOrgs"];
        put?: never;
        /**
         * 新建组织
         * @description Creates an organisation under a parent. Org admin, party office or system admin over the parent; a new root only by a system admin granted at a root org.
         */
        post: operations["postOrgs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 组织详情
         * @description Returns an organisation with its region, secretary, member counts, path and effective modules. Any grant over the org, or a member of that branch.
         */
        get: operations["getOrgsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改组织
         * @description Updates an organisation's details. Org admin, party office or system admin over the org.
         */
        patch: operations["patchOrgsById"];
        trace?: never;
    };
    "/api/orgs/{id}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 组织树：下级组织
         * @description Lists the direct child organisations of an org. Any grant over the org, or a member of that branch.
         */
        get: operations["getOrgsByIdChildren"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/dissolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤销组织
         * @description Dissolves an organisation. Org admin, party office or system admin strictly above the org.
         */
        post: operations["postOrgsByIdDissolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/learning-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 学习积分与学时设置
         * @description The learning settings that apply at the org: point rules with daily caps, whether personal rankings are shown, and the annual study-hour targets; the org's own, else the nearest org above's (fromOrg), else the defaults (学习强国's 2019 rules, 32 and 56 hours). Org admin or party office over the org.
         */
        get: operations["getOrgsByIdLearningSettings"];
        /**
         * 设置学习积分与学时
         * @description Sets the learning settings of the org and its subtree: point rules (an action left out keeps its default), the personal rankings switch, and the study-hour targets of members and of branch secretaries and committee members. Org admin or party office over the org; audited.
         */
        put: operations["putOrgsByIdLearningSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/learning/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 学习统计
         * @description Learning figures of the org and every org below it over from–to (China days, default this month to today, at most a year): participation and answer rates over the period's working days, study minutes, points, the share relatives did acting for members, study-hour progress against the year's targets, a daily series, and the direct child orgs ranked by rankBy, each with its figures. Distinct participants today, this week and this month. isProvisional when a day lies in a year whose holidays are unconfirmed. Party office or org admin over the org.
         */
        get: operations["getOrgsByIdLearningDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/learning/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导出学习统计（Excel）
         * @description Starts a background export to .xlsx: kind 'dashboard' the child-org table of the period (from, to, rankBy as on the dashboard), kind 'inactive' the whole not-studied list (workdays). Poll /api/jobs/:id, then download result.fileId. Party office or org admin over the org; audited.
         */
        post: operations["postOrgsByIdLearningExports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/learning/inactive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 未学习名单
         * @description Active party members of the org and every org below it who have not studied in the last N working days (today included when it is one; never studied counts): never studied first, then the longest ago. Phones are masked unless the caller may see them. Party office or org admin over the org.
         */
        get: operations["getOrgsByIdLearningInactive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 组织业务模块设置
         * @description Returns the org's business module switches (on, off or inherited). Any grant over the org.
         */
        get: operations["getOrgsByIdModules"];
        /**
         * 设置组织业务模块
         * @description Switches business modules on, off or back to inherit for the org and its subtree. Party office or system admin over the org.
         */
        put: operations["putOrgsByIdModules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 移动组织
         * @description Moves an organisation under a new parent. Org admin, party office or system admin strictly above the org and over the new parent.
         */
        post: operations["postOrgsByIdMove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/quiz-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 每日、每周答题规则
         * @description The daily quiz rules that apply at the org (its own, else the nearest org above's, else the defaults). Org admin or party office over the org.
         */
        get: operations["getOrgsByIdQuizRules"];
        /**
         * 设置每日、每周答题规则
         * @description Sets the daily quiz rules for the org and its subtree (questions a day and a week, category and difficulty mix, no-repeat window). Org admin or party office over the org; audited.
         */
        put: operations["putOrgsByIdQuizRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载党组织导入模板
         * @description The .xlsx organisation import template in the caller language. Org admin, party office or system admin.
         */
        get: operations["getOrgsImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入党组织（Excel）
         * @description Starts a background import of an uploaded .xlsx of organisations into the subtree of orgId; a parent may be an organisation there or an earlier row. dryRun (default true) checks every row and writes nothing; dryRun=false creates all rows in file order in one transaction, or none if any row fails. Poll /api/jobs/:id; result.reportFileId is the per-row report. Org admin, party office or system admin over orgId.
         */
        post: operations["postOrgsImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/roots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 组织树：起点
         * @description Returns the caller's tree starting points: the orgs where they hold grants, or their own branch if none. Any signed-in user.
         */
        get: operations["getOrgsRoots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 人员列表
         * @description Lists and filters people in the caller's subtrees (ID numbers and phones masked unless permitted). Org admin, party office, branch secretary or monitor.
         */
        get: operations["getPeople"];
        put?: never;
        /**
         * 登记人员
         * @description Registers a person into an organisation. Org admin or party office over that organisation.
         */
        post: operations["postPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 人员详情
         * @description Returns a person's record. Org admin, party office, branch secretary or monitor over the person, the person themself, or a delegate acting for them.
         */
        get: operations["getPeopleById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改人员信息
         * @description Updates a person's record. Org admin or party office over the person's current organisation.
         */
        patch: operations["patchPeopleById"];
        trace?: never;
    };
    "/api/people/{id}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 人员组织关系记录
         * @description Lists a person's organisation membership history. Org admin, party office, branch secretary or monitor over the person, the person themself, or a delegate acting for them.
         */
        get: operations["getPeopleByIdMemberships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 人员组织关系转接
         * @description Transfers a member to another organisation (组织关系转接). Org admin or party office over the current organisation.
         */
        post: operations["postPeopleByIdTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导出党员（Excel）
         * @description Starts a background export of the people the caller may list (optionally one org subtree and the list filters) to .xlsx; ID numbers and phones are masked as on screen. Poll /api/jobs/:id, then download result.fileId. Org admin, party office, branch secretary or monitor.
         */
        post: operations["postPeopleExports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载党员导入模板
         * @description The .xlsx import template in the caller language. Org admin or party office.
         */
        get: operations["getPeopleImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入党员（Excel）
         * @description Starts a background import of an uploaded .xlsx into the subtree of orgId. dryRun (default true) checks every row and writes nothing; dryRun=false writes all rows in one transaction, or none if any row fails. Poll /api/jobs/:id; result.reportFileId is the per-row report. Org admin or party office over orgId.
         */
        post: operations["postPeopleImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/question-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 题库：分类及题数
         * @description Every category in the caller's subtrees, with its enabled and disabled question counts.
         */
        get: operations["getQuestionCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 题库：题目列表
         * @description Questions kept in the caller's subtrees (party office, org admin, system admin), newest first, with filters. `status` is enabled (default), disabled or all; `q` searches the stem.
         */
        get: operations["getQuestions"];
        put?: never;
        /**
         * 题库：新增题目
         * @description Adds a question to the bank of `orgId` (it serves that organisation's whole subtree). Each type's shape is checked: single ≥2 options and one key; multiple ≥2 keys among ≥3 options; judge true/false; fill one accepted list per blank (（  ） or ____ in the stem). A stem already in that bank is 409 DUPLICATE_QUESTION.
         */
        post: operations["postQuestions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 题库：题目详情
         * @description One question with its answer and explanation.
         */
        get: operations["getQuestionsById"];
        /**
         * 题库：修改题目
         * @description Replaces the content of a question (its organisation stays), checked like a new one.
         */
        put: operations["putQuestionsById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 题库：停用题目
         * @description Takes a question out of new papers. Never deletes: papers already drawn keep it.
         */
        post: operations["postQuestionsByIdDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 题库：启用题目
         * @description Puts a disabled question back into new papers.
         */
        post: operations["postQuestionsByIdEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 题库：下载题目导入模板
         * @description The .xlsx question import template in the caller language: the header row, an example of each type and an instructions sheet. Those who keep a question bank.
         */
        get: operations["getQuestionsImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 题库：导入题目（Excel）
         * @description Starts a background import of an uploaded spreadsheet (.xlsx, .xls, .et, .ods, .csv) into the bank of orgId. dryRun (default true) checks every row and writes nothing; dryRun=false writes all questions in one transaction, or none if any row fails (bad type, missing stem, answer not among the options, a stem repeated in the file or already in that bank). Categories the bank lacks are created and listed in result.newCategories. Poll /api/jobs/:id; result.reportFileId is the per-row report. Those who keep orgId's bank.
         */
        post: operations["postQuestionsImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quiz-papers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 答题试卷
         * @description A quiz paper: its questions with options in the member’s order; the right answer and explanation only for questions already answered. The member, or an org admin or party office over their org.
         */
        get: operations["getQuizPapersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quiz-papers/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交一题答案
         * @description Answers one question (display keys as shown). The reply says right or wrong, with the right answer and the explanation. A different second answer is refused (QUIZ_ALREADY_ANSWERED). The last answer completes the paper. With an Idempotency-Key, a retry is answered again (idempotent-replayed: true) and never counts twice.
         */
        post: operations["postQuizPapersByIdAnswers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quiz-papers/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 开始挑战答题
         * @description Starts a challenge quiz, or returns the one under way: one question at a time, the next drawn after each right answer, ending at the first wrong answer or after the maximum. The score is the streak.
         */
        post: operations["postQuizPapersChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quiz-papers/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 打开今日答题
         * @description Opens the caller's daily quiz paper for today (China day): the same paper every time that day, drawn by the rules of the member's organisation. A delegate acting for a member opens the member's. Right answers are not included.
         */
        post: operations["postQuizPapersDaily"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quiz-papers/weekly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 打开本周答题
         * @description Opens the caller's weekly quiz paper for this ISO week (China time): one per member and week, drawn by the org's rules with their weekly question count; answers are taken until the week ends (deadlineAt). Right answers are not included.
         */
        post: operations["postQuizPapersWeekly"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quizzes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的答题
         * @description The caller's quizzes (the phone's 答题 list): today's daily paper, this week's paper, the special quizzes open to them with their attempts, and their challenge record, with the server's time for countdowns.
         */
        get: operations["getQuizzes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 行政区划：下级
         * @description Lists the regions directly under a parent region code (top level without one). Any signed-in user.
         */
        get: operations["getRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 行政区划详情
         * @description Returns a region by code with its ancestors. Any signed-in user.
         */
        get: operations["getRegionsByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/special-quizzes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 专项答题列表
         * @description The special quizzes of the organisations the caller manages quizzes for (newest window first).
         */
        get: operations["getSpecialQuizzes"];
        put?: never;
        /**
         * 新建专项答题
         * @description Defines a special quiz (a draft) for the org's subtree: window, time limit per attempt, how questions are drawn (the mixes, optionally only among enabled questions having any of `tags`, or a fixed list of bank questions), pass mark, attempts, audience. With tags, fewer such questions than questionCount is a 422 SPECIAL_QUIZ_POOL_TOO_SMALL (details: available, required). Org admin or party office over the org; audited.
         */
        post: operations["postSpecialQuizzes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/special-quizzes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 专项答题详情
         * @description A special quiz as its office defined it.
         */
        get: operations["getSpecialQuizzesById"];
        /**
         * 修改专项答题
         * @description Replaces a draft special quiz’s definition (a published quiz is not edited: its papers must all be drawn alike). With tags, too few tagged questions is a 422 SPECIAL_QUIZ_POOL_TOO_SMALL. Audited.
         */
        put: operations["putSpecialQuizzesById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/special-quizzes/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 开始专项答题
         * @description Starts an attempt at a published special quiz within its window (or returns the attempt under way). The paper's deadlineAt is the server's: answers after it are refused (QUIZ_TIME_UP) and the paper is scored as it stands. QUIZ_NOT_OPEN outside the window, QUIZ_NO_ATTEMPTS_LEFT when all are used.
         */
        post: operations["postSpecialQuizzesByIdAttempts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/special-quizzes/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 结束专项答题
         * @description Closes the quiz before its window ends: no new attempts; attempts under way close at their deadline. Audited.
         */
        post: operations["postSpecialQuizzesByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/special-quizzes/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发布专项答题
         * @description Publishes a draft: members of the audience can take it within its window. A quiz drawn by tags is checked again against the bank as it is now (422 SPECIAL_QUIZ_POOL_TOO_SMALL). Audited.
         */
        post: operations["postSpecialQuizzesByIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/special-quizzes/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 专项答题结果
         * @description Results per organisation of the takers: people who finished an attempt, how many passed (best attempt), their average best score. Only papers within the caller's subtrees count.
         */
        get: operations["getSpecialQuizzesByIdResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/special-quizzes/{id}/results/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导出专项答题个人成绩（Excel）
         * @description Starts a background export to .xlsx of the quiz's results per person, every outcome, exactly as /results/people lists them within the caller's subtrees. Poll /api/jobs/:id, then download result.fileId. An office over the quiz's org; audited.
         */
        post: operations["postSpecialQuizzesByIdResultsExports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/special-quizzes/{id}/results/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 专项答题个人成绩
         * @description One page of the quiz's people within the caller's subtrees, by org and name: everyone with an attempt there (at the org of their latest paper) and everyone of the audience there without one. Name, org, attempts started, best finished score, passed, when the best attempt finished; outcome filters passed, failed (finished, never passed) or not_taken (no finished attempt). counts are per outcome over all of them. An office over the quiz's org; another subtree's quiz answers like a missing one.
         */
        get: operations["getSpecialQuizzesByIdResultsPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 预警列表
         * @description `scope=managed` (default): alerts on people within the subtrees the caller watches (party office, org admin, command centre, unit party head); `orgId` narrows to one organisation's subtree. `scope=mine`: the caller's own alerts (the person watched). Unclosed first, newest first.
         */
        get: operations["getSupervisionAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/alerts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 预警详情
         * @description One alert with its explanation: the rule in words, the working days it counted, the days missed and excused, the last day the metric was met.
         */
        get: operations["getSupervisionAlertsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/alerts/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办结预警
         * @description Closes the alert with an outcome: reminded, talk arranged (约谈), no action, or false alarm (a note is required; the alert's missed days are then excused from every rule's count). Unit party head, party office or org admin over the person's org; never the person themselves.
         */
        post: operations["postSupervisionAlertsByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/alerts/{id}/explanation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 说明情况
         * @description The person the alert is about explains (leave, travel, sickness…); again until it is closed (then 409 SUPERVISION_ALERT_CLOSED). The person only, in person.
         */
        post: operations["postSupervisionAlertsByIdExplanation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/alerts/{id}/seen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 标记预警已查看
         * @description A manager opened the alert: open → seen (once; the person reading their own changes nothing).
         */
        post: operations["postSupervisionAlertsByIdSeen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/alerts/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导出预警（Excel）
         * @description Starts a background export to .xlsx of the alerts the caller sees in an organisation’s subtree, with the list’s filters. Poll /api/jobs/:id, then download result.fileId. Audited.
         */
        post: operations["postSupervisionAlertsExports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/alerts/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 预警统计
         * @description Counts of the alerts in an organisation's subtree (default: the caller's first one) over a range of evaluation days (default: the last 12 weeks): by status, outcome, rule, child organisation and week.
         */
        get: operations["getSupervisionAlertsStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 可监督的指标
         * @description The behaviour metrics rules may watch, as the installed modules declare them.
         */
        get: operations["getSupervisionMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 预警规则
         * @description The rules that watch the caller's subtrees: those of organisations within them and those of the organisations above (read-only unless the caller manages them: `canEdit`). `orgId` narrows to the rules that watch that organisation. `openAlerts` counts only alerts within the caller's subtrees.
         */
        get: operations["getSupervisionRules"];
        put?: never;
        /**
         * 新建预警规则
         * @description A warning rule for an organisation's subtree: population, metric (from /api/supervision/metrics), condition, whom it tells, severity. Party office or org admin over the org; audited. An unknown metric is 400 SUPERVISION_UNKNOWN_METRIC; an office that is not the rule's org or above it 400 SUPERVISION_OFFICE_NOT_ABOVE.
         */
        post: operations["postSupervisionRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 预警规则详情
         * @description One rule, also one of an organisation above the caller that watches their people (read-only there).
         */
        get: operations["getSupervisionRulesById"];
        /**
         * 修改预警规则
         * @description Replaces the rule (the built-in rule stays with its root organisation). Audited with the fields changed.
         */
        put: operations["putSupervisionRulesById"];
        post?: never;
        /**
         * 删除预警规则
         * @description Deletes a rule (its alerts stay). The built-in rule is 409 SUPERVISION_BUILT_IN_RULE: switch it off instead.
         */
        delete: operations["deleteSupervisionRulesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/rules/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 立即运行规则
         * @description Evaluates the rule now for `day` (default: the last working day that has ended, China time). On a day off nothing is evaluated (`isWorkday: false`). Running the same day again raises nothing new. Audited.
         */
        post: operations["postSupervisionRulesByIdRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/videos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 视频库
         * @description The videos of the organisations whose library the caller manages, newest first.
         */
        get: operations["getVideos"];
        put?: never;
        /**
         * 上传视频
         * @description Uploads one video into an organisation's library: multipart fields "orgId", "title" and optionally "description", sent before the file part "file". MP4, MOV, WebM, MKV, AVI, FLV or MPEG, recognised by its bytes; up to VIDEO_UPLOAD_MAX_MB (2 GB by default). Transcoding starts at once; poll the video for its progress. Org admin or party office of the organisation.
         */
        post: operations["postVideos"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/videos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 视频详情
         * @description One video, with the caller's own watching (resume position, seconds watched) when they have watched it. Members of the video's organisation subtree and administrators above it.
         */
        get: operations["getVideosById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/videos/{id}/poster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 视频封面
         * @description The video's poster frame (JPEG), for whoever may watch it.
         */
        get: operations["getVideosByIdPoster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/videos/{id}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 播放视频
         * @description The H.264/AAC MP4 of one rendition ("small" 流畅 360p for weak networks, "standard" 标清 up to 720p), with HTTP Range (206 Partial Content, 416 for a range outside the file). Cookie sessions work, so a <video> element can play it.
         */
        get: operations["getVideosByIdStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/videos/{id}/watch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上报观看进度
         * @description The player reports a stretch it actually played ({ from, to } in media seconds, every 15 s and on pause or end) and where it is. Stretches are merged per person: a part watched again counts once, a skipped part never, and no more is credited than the time since the last report allows. A relative acting for an elderly member reports for the member.
         */
        post: operations["postVideosByIdWatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccountCandidate: {
            /** Format: uuid */
            accountId: string | null;
            name: string;
            orgId: number;
            orgName: string;
            /** Format: uuid */
            personId: string;
        };
        AccountCandidatesResponse: {
            data: components["schemas"]["AccountCandidate"][];
        };
        AccountItem: {
            abilities: {
                canDisable: boolean;
                canEnable: boolean;
                canResetPassword: boolean;
                canUnlock: boolean;
            };
            createdAt: string;
            displayName: string;
            failedLogins: number;
            /** Format: uuid */
            id: string;
            isDisabled: boolean;
            isLocked: boolean;
            isTotpEnabled: boolean;
            lastLoginAt: string | null;
            lockedUntil: string | null;
            mustChangePassword: boolean;
            /** Format: uuid */
            personId: string | null;
            phoneMasked: string;
            roles: {
                orgName: string;
                /** @enum {string} */
                role: "member" | "branch_secretary" | "org_admin" | "party_office" | "monitor" | "tutor" | "dept_clerk" | "warm_secretary" | "system_admin" | "security_admin" | "audit_admin";
            }[];
            securityAlert: {
                at: string;
                /** @enum {string} */
                kind: "id_probe";
            } | null;
        };
        AccountResponse: {
            data: components["schemas"]["AccountItem"];
        };
        ActingForRequest: {
            /** Format: uuid */
            delegationId: string;
        };
        ActingForResponse: {
            data: {
                actingFor: {
                    /** Format: uuid */
                    delegationId: string;
                    /** Format: uuid */
                    personId: string;
                    personName: string;
                    scopes: string[];
                } | null;
            };
        };
        AuditEntry: {
            actingForPersonId: string | null;
            action: string;
            actionLabel: string;
            actorAccountId: string | null;
            actorName: string | null;
            /** @enum {string} */
            alg: "hmac-sha256" | "hmac-sm3" | "sha256" | "sm3";
            at: string;
            details: {
                [key: string]: unknown;
            };
            hash: string;
            ip: string | null;
            orgId: number | null;
            orgName: string | null;
            /** @enum {string} */
            outcome: "success" | "failure";
            requestId: string | null;
            seq: number;
            summary: string;
            targetId: string | null;
            targetType: string | null;
        };
        BehaviourEvent: {
            actingForPersonId: string | null;
            actorAccountId: string | null;
            actorName: string | null;
            data: {
                [key: string]: unknown;
            };
            delegationId: string | null;
            id: number;
            occurredAt: string;
            orgId: number | null;
            orgName: string | null;
            personId: string | null;
            personName: string | null;
            subjectId: string | null;
            subjectType: string | null;
            summary: string;
            type: string;
            typeLabel: string;
        };
        ChangePasswordRequest: {
            currentPassword: string;
            newPassword: string;
        };
        CreateAccountRequest: {
            initialPassword: string;
            /** Format: uuid */
            personId: string;
            phone: string;
        };
        CreateDelegationRequest: {
            /** Format: uuid */
            delegateAccountId: string;
            /** Format: date-time */
            expiresAt?: string;
            /** Format: uuid */
            principalPersonId: string;
            relation: string;
            scopes: ("learning" | "supervision" | "village" | "performance" | "command" | "services" | "community" | "analytics")[];
        };
        CreateGrantRequest: {
            /** Format: uuid */
            accountId: string;
            orgId: number;
            /** @enum {string} */
            role: "member" | "branch_secretary" | "org_admin" | "party_office" | "monitor" | "tutor" | "dept_clerk" | "warm_secretary" | "system_admin" | "security_admin" | "audit_admin";
        };
        CreateOrgRequest: {
            address?: string | null;
            contactPhone?: string | null;
            lat?: number | null;
            lng?: number | null;
            name: string;
            parentId?: number | null;
            regionCode?: string | null;
            shortName?: string | null;
            sortOrder?: number;
            /** @enum {string} */
            type: "committee" | "general_branch" | "branch" | "group";
        };
        CreateQuestionRequest: {
            answer: string[];
            category: string;
            /** @default 2 */
            difficulty: 1 | 2 | 3;
            explanation?: string | null;
            /** @default [] */
            options: {
                /** @enum {string} */
                key: "A" | "B" | "C" | "D" | "E" | "F";
                text: string;
            }[];
            orgId: number;
            source?: string | null;
            stem: string;
            /** @default [] */
            tags: string[];
            /** @enum {string} */
            type: "single" | "multiple" | "judge" | "fill";
        };
        DelegateAccount: {
            displayNameMasked: string;
            /** Format: uuid */
            id: string;
            phoneMasked: string;
        };
        DelegationItem: {
            abilities: {
                canRevoke: boolean;
            };
            createdAt: string;
            /** Format: uuid */
            delegateAccountId: string;
            delegateName: string;
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            principalName: string;
            /** Format: uuid */
            principalPersonId: string;
            relation: string;
            revokedAt: string | null;
            scopes: string[];
        };
        DelegationResponse: {
            data: components["schemas"]["DelegationItem"];
        };
        Error: {
            error: {
                code: string;
                details: unknown;
                message: string;
            };
        };
        EventSubscriptionState: {
            attempts: number;
            delivered: number;
            failingSince: string | null;
            isInstalled: boolean;
            label: string;
            lastDeliveredAt: string | null;
            lastError: string | null;
            nextAttemptAt: string | null;
            /** @enum {string} */
            status: "ok" | "retrying" | "failed";
            subscriberId: string;
            updatedAt: string;
        };
        FindDelegateResponse: {
            data: components["schemas"]["DelegateAccount"];
        };
        GrantItem: {
            abilities: {
                canRevoke: boolean;
            };
            /** Format: uuid */
            accountId: string;
            createdAt: string;
            /** Format: uuid */
            grantedBy: string | null;
            /** Format: uuid */
            id: string;
            orgId: number;
            orgName: string;
            orgPath: string;
            revokedAt: string | null;
            /** @enum {string} */
            role: "member" | "branch_secretary" | "org_admin" | "party_office" | "monitor" | "tutor" | "dept_clerk" | "warm_secretary" | "system_admin" | "security_admin" | "audit_admin";
        };
        GrantResponse: {
            data: components["schemas"]["GrantItem"];
        };
        Job: {
            createdAt: string;
            done: number;
            error: {
                code: string;
                message: string;
            } | null;
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            kind: string;
            phase: string | null;
            result: {
                [key: string]: unknown;
            } | null;
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "interrupted" | "succeeded" | "rejected" | "failed";
            total: number | null;
        };
        ListAccountsResponse: {
            data: components["schemas"]["AccountItem"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ListDelegationsResponse: {
            data: components["schemas"]["DelegationItem"][];
        };
        ListGrantsResponse: {
            data: components["schemas"]["GrantItem"][];
        };
        ListMembershipsResponse: {
            data: components["schemas"]["Membership"][];
        };
        ListPeopleResponse: {
            data: components["schemas"]["Person"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ListQuestionsResponse: {
            data: components["schemas"]["QuestionItem"][];
            page: number;
            pageSize: number;
            total: number;
        };
        LoginRequest: {
            /** @enum {string} */
            client: "web" | "app";
            password: string;
            phone: string;
            totp?: string;
        };
        LoginResponse: {
            data: {
                account: {
                    displayName: string;
                    /** Format: uuid */
                    id: string;
                    isTotpEnabled: boolean;
                    /** @enum {string} */
                    locale: "zh-CN" | "en";
                    mustChangePassword: boolean;
                    /** Format: uuid */
                    personId: string | null;
                    phoneMasked: string;
                };
                expiresAt: string;
                /** @enum {string|null} */
                reason: "PASSWORD_CHANGE_REQUIRED" | "PASSWORD_EXPIRED" | "MFA_SETUP_REQUIRED" | null;
                /** @enum {string} */
                stage: "active" | "mfa" | "password_change" | "mfa_setup";
                token?: string;
            };
        };
        Membership: {
            /** @enum {string|null} */
            closedBy: "transfer" | "leave" | "death" | "dissolve" | null;
            fromDate: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            openedBy: "register" | "transfer" | "import";
            org: {
                id: number;
                name: string;
            };
            toDate: string | null;
            transferIn: {
                /** Format: uuid */
                id: string;
                reason: string | null;
            } | null;
            transferOut: {
                /** Format: uuid */
                id: string;
                reason: string | null;
            } | null;
        };
        MeResponse: {
            data: {
                abilities: {
                    canCreateAccounts: boolean;
                    canEditCalendar: boolean;
                    canGrantRoles: boolean;
                    canImportPeople: boolean;
                    canManageAccounts: boolean;
                    canManageDelegations: boolean;
                    canManageOrgs: boolean;
                    canManagePeople: boolean;
                    canOpenAccounts: boolean;
                    canReadAudit: boolean;
                    canReadEvents: boolean;
                    canViewOrgs: boolean;
                    canViewPeople: boolean;
                } & {
                    [key: string]: boolean;
                };
                account: {
                    displayName: string;
                    /** Format: uuid */
                    id: string;
                    isTotpEnabled: boolean;
                    /** @enum {string} */
                    locale: "zh-CN" | "en";
                    mustChangePassword: boolean;
                    /** Format: uuid */
                    personId: string | null;
                    phoneMasked: string;
                };
                actingFor: {
                    /** Format: uuid */
                    delegationId: string;
                    /** Format: uuid */
                    personId: string;
                    personName: string;
                    scopes: string[];
                } | null;
                grants: {
                    /** Format: uuid */
                    id: string;
                    orgId: number;
                    orgName: string;
                    orgPath: string;
                    /** @enum {string} */
                    role: "member" | "branch_secretary" | "org_admin" | "party_office" | "monitor" | "tutor" | "dept_clerk" | "warm_secretary" | "system_admin" | "security_admin" | "audit_admin";
                }[];
                modules: ("learning" | "supervision" | "village" | "performance" | "command" | "services" | "community" | "analytics")[];
                nav: {
                    icon: string;
                    key: string;
                    label: {
                        en: string;
                        zh: string;
                    };
                    module: string;
                    path: string;
                }[];
                /** @enum {string} */
                stage: "active" | "mfa" | "password_change" | "mfa_setup";
                tiles: {
                    icon: string;
                    key: string;
                    label: {
                        en: string;
                        zh: string;
                    };
                    module: string;
                    path: string;
                }[];
            };
        };
        MoveOrgRequest: {
            newParentId: number;
        };
        Notification: {
            body: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            link: string | null;
            readAt: string | null;
            template: string;
            title: string;
            /** @enum {string} */
            urgency: "normal" | "urgent";
        };
        NotificationDelivery: {
            attempts: number;
            /** @enum {string} */
            channel: "email" | "webhook";
            createdAt: string;
            destination: string;
            /** Format: uuid */
            id: string;
            lastError: string | null;
            nextAttemptAt: string | null;
            /** Format: uuid */
            notificationId: string;
            sentAt: string | null;
            /** @enum {string} */
            status: "pending" | "sent" | "failed";
            subject: string;
        };
        NotificationPreferences: {
            available: {
                email: boolean;
                webhook: boolean;
            };
            email: {
                address: string | null;
                enabled: boolean;
            };
            quietHours: {
                enabled: boolean;
                end: string;
                start: string;
            };
            webhook: {
                enabled: boolean;
            };
        };
        OkResponse: {
            data: {
                /** @enum {boolean} */
                ok: true;
            };
        };
        Org: {
            abilities: {
                canCreateChild: boolean;
                canDissolve: boolean;
                canEdit: boolean;
                canMove: boolean;
                canSwitchModules: boolean;
            };
            address: string | null;
            contactPhone: string | null;
            createdAt: string;
            depth: number;
            dissolvedAt: string | null;
            id: number;
            isDissolved: boolean;
            lat: number | null;
            lng: number | null;
            name: string;
            parentId: number | null;
            path: string;
            regionCode: string | null;
            secretaryPersonId: string | null;
            shortName: string | null;
            sortOrder: number;
            /** @enum {string} */
            type: "committee" | "general_branch" | "branch" | "group";
            updatedAt: string;
        };
        OrgDetail: {
            abilities: {
                canCreateChild: boolean;
                canDissolve: boolean;
                canEdit: boolean;
                canMove: boolean;
                canSwitchModules: boolean;
            };
            address: string | null;
            childCount: number;
            contactPhone: string | null;
            createdAt: string;
            depth: number;
            dissolvedAt: string | null;
            effectiveModules: ("learning" | "supervision" | "village" | "performance" | "command" | "services" | "community" | "analytics")[];
            id: number;
            isDissolved: boolean;
            lat: number | null;
            lng: number | null;
            memberCounts: {
                full: number;
                probationary: number;
                total: number;
            };
            name: string;
            parentId: number | null;
            path: string;
            pathNames: string[];
            regionCode: string | null;
            regionName: string | null;
            secretary: {
                id: string;
                name: string;
            } | null;
            secretaryPersonId: string | null;
            shortName: string | null;
            sortOrder: number;
            /** @enum {string} */
            type: "committee" | "general_branch" | "branch" | "group";
            updatedAt: string;
        };
        OrgDetailResponse: {
            data: components["schemas"]["OrgDetail"];
        };
        OrgModulesResponse: {
            data: {
                modules: {
                    effective: boolean;
                    /** @enum {string} */
                    module: "learning" | "supervision" | "village" | "performance" | "command" | "services" | "community" | "analytics";
                    setting: boolean | null;
                }[];
                orgCount: number;
                orgId: number;
            };
        };
        OrgResponse: {
            data: components["schemas"]["Org"];
        };
        OrgSearchItem: {
            abilities: {
                canCreateChild: boolean;
                canDissolve: boolean;
                canEdit: boolean;
                canMove: boolean;
                canSwitchModules: boolean;
            };
            address: string | null;
            contactPhone: string | null;
            createdAt: string;
            depth: number;
            dissolvedAt: string | null;
            id: number;
            isDissolved: boolean;
            lat: number | null;
            lng: number | null;
            name: string;
            parentId: number | null;
            path: string;
            pathLabel: string;
            pathNames: string[];
            regionCode: string | null;
            secretaryPersonId: string | null;
            shortName: string | null;
            sortOrder: number;
            /** @enum {string} */
            type: "committee" | "general_branch" | "branch" | "group";
            updatedAt: string;
        };
        OrgTreeNode: {
            abilities: {
                canCreateChild: boolean;
                canDissolve: boolean;
                canEdit: boolean;
                canMove: boolean;
                canSwitchModules: boolean;
            };
            address: string | null;
            childCount: number;
            contactPhone: string | null;
            createdAt: string;
            depth: number;
            dissolvedAt: string | null;
            id: number;
            isDissolved: boolean;
            lat: number | null;
            lng: number | null;
            memberCount: number;
            name: string;
            parentId: number | null;
            path: string;
            regionCode: string | null;
            secretaryPersonId: string | null;
            shortName: string | null;
            sortOrder: number;
            /** @enum {string} */
            type: "committee" | "general_branch" | "branch" | "group";
            updatedAt: string;
        };
        OrgTreeResponse: {
            data: components["schemas"]["OrgTreeNode"][];
        };
        Person: {
            abilities: {
                canEdit: boolean;
                canSeeIdNumber: boolean;
                canSeePhone: boolean;
                canTransfer: boolean;
            };
            address: string | null;
            birthDate: string | null;
            birthYear: number | null;
            /** @enum {string|null} */
            cadreRank: "provincial" | "department" | "county" | "section" | "staff" | null;
            education: string | null;
            ethnicity: string;
            /** @enum {string|null} */
            fivePersonRole: "first_secretary" | "branch_head" | "committee_head" | "township_contact" | "work_team" | null;
            fullMemberDate: string | null;
            /** @enum {string} */
            gender: "M" | "F";
            /** Format: uuid */
            id: string;
            idNumber: string | null;
            isFirstSecretary: boolean;
            isVillageStationed: boolean;
            joinDate: string | null;
            name: string;
            nativePlace: string | null;
            org: {
                id: number;
                name: string;
                pathNames?: string[];
            } | null;
            /** @enum {string|null} */
            partyStatus: "probationary" | "full" | null;
            phone: string | null;
            position: string | null;
            updatedAt: string;
            workUnit: string | null;
        };
        PersonResponse: {
            data: components["schemas"]["Person"];
        };
        QuestionCategoriesResponse: {
            data: {
                category: string;
                disabled: number;
                enabled: number;
            }[];
        };
        QuestionItem: {
            answer: string[];
            category: string;
            createdAt: string;
            difficulty: number;
            difficultyLabel: string;
            explanation: string | null;
            /** Format: uuid */
            id: string;
            isDisabled: boolean;
            options: {
                key: string;
                text: string;
            }[];
            orgId: number;
            orgName: string | null;
            source: string | null;
            stem: string;
            tags: string[];
            /** @enum {string} */
            type: "single" | "multiple" | "judge" | "fill";
            typeLabel: string;
            updatedAt: string;
        };
        Region: {
            code: string;
            level: number;
            name: string;
            parentCode: string | null;
        };
        RegionResponse: {
            data: {
                ancestors: components["schemas"]["Region"][];
                code: string;
                level: number;
                name: string;
                parentCode: string | null;
            };
        };
        RegionsResponse: {
            data: components["schemas"]["Region"][];
        };
        RegisterPersonRequest: {
            address?: string | null;
            /** Format: date */
            birthDate?: string | null;
            /** @enum {string|null} */
            cadreRank?: "provincial" | "department" | "county" | "section" | "staff" | null;
            education?: string | null;
            ethnicity?: string;
            /** @enum {string|null} */
            fivePersonRole?: "first_secretary" | "branch_head" | "committee_head" | "township_contact" | "work_team" | null;
            /** Format: date */
            fullMemberDate?: string | null;
            /** @enum {string} */
            gender?: "M" | "F";
            idNumber: string;
            isFirstSecretary?: boolean;
            isVillageStationed?: boolean;
            /** Format: date */
            joinDate?: string | null;
            name: string;
            nativePlace?: string | null;
            orgId: number;
            /** @enum {string|null} */
            partyStatus?: "probationary" | "full" | null;
            phone?: string | null;
            position?: string | null;
            workUnit?: string | null;
        };
        ResetPasswordRequest: {
            initialPassword: string;
        };
        SearchOrgsResponse: {
            data: components["schemas"]["OrgSearchItem"][];
            page: number;
            pageSize: number;
            total: number;
        };
        SetOrgModulesRequest: {
            analytics?: boolean | null;
            command?: boolean | null;
            community?: boolean | null;
            learning?: boolean | null;
            performance?: boolean | null;
            services?: boolean | null;
            supervision?: boolean | null;
            village?: boolean | null;
        };
        SetupTotpResponse: {
            data: {
                secret: string;
                uri: string;
            };
        };
        StageResponse: {
            data: {
                /** @enum {string} */
                stage: "active" | "mfa" | "password_change" | "mfa_setup";
            };
        };
        StartImportRequest: {
            /** @default true */
            dryRun: boolean;
            /** Format: uuid */
            fileId: string;
            orgId: number;
        };
        StartPeopleExportRequest: {
            /** @enum {string} */
            cadreRank?: "provincial" | "department" | "county" | "section" | "staff";
            /** @enum {string} */
            fivePersonRole?: "first_secretary" | "branch_head" | "committee_head" | "township_contact" | "work_team";
            /** @enum {string} */
            gender?: "M" | "F";
            /** @enum {string} */
            isFirstSecretary?: "true" | "false";
            /** @enum {string} */
            isVillageStationed?: "true" | "false";
            orgId?: number;
            /** @enum {string} */
            partyStatus?: "probationary" | "full";
            q?: string;
        };
        StoredFile: {
            contentType: string;
            expiresAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            sha256: string;
            sizeBytes: number;
        };
        SupervisionAlert: {
            /** @enum {string|null} */
            cadreRank: "provincial" | "department" | "county" | "section" | "staff" | null;
            can: {
                close: boolean;
                explain: boolean;
            };
            closedAt: string | null;
            closedByName: string | null;
            day: string;
            evidence: {
                condition: {
                    days: number;
                    /** @enum {string} */
                    kind: "streak";
                    remindAfter: number | null;
                } | {
                    /** @enum {string} */
                    kind: "rate_below";
                    /** @enum {string} */
                    period: "week" | "month" | "quarter";
                    rate: number;
                } | {
                    count: number;
                    /** @enum {string} */
                    kind: "count_below";
                    /** @enum {string} */
                    period: "week" | "month" | "quarter";
                };
                doneDays: string[];
                excusedDays: string[];
                from: string;
                isProvisional: boolean;
                lastDoneDay: string | null;
                metric: string;
                metricLabel: string;
                missedDays: string[];
                ruleName: string;
                ruleSummary: string;
                to: string;
                workingDays: number;
            };
            explainedAt: string | null;
            explanation: string | null;
            headline: string;
            /** Format: uuid */
            id: string;
            orgId: number;
            orgName: string;
            /** @enum {string|null} */
            outcome: "reminded" | "talk" | "no_action" | "false_alarm" | null;
            outcomeNote: string | null;
            periodKey: string;
            /** Format: uuid */
            personId: string;
            personName: string;
            position: string | null;
            raisedAt: string;
            reportedAt: string | null;
            /** Format: uuid */
            ruleId: string;
            ruleName: string;
            seenAt: string | null;
            /** @enum {string} */
            severity: "low" | "medium" | "high";
            /** @enum {string} */
            stage: "reminded" | "reported";
            /** @enum {string} */
            status: "open" | "seen" | "explained" | "closed";
        };
        SupervisionMetric: {
            description: string;
            key: string;
            label: string;
            module: string;
        };
        SupervisionRule: {
            canEdit: boolean;
            condition: {
                days: number;
                /** @enum {string} */
                kind: "streak";
                remindAfter: number | null;
            } | {
                /** @enum {string} */
                kind: "rate_below";
                /** @enum {string} */
                period: "week" | "month" | "quarter";
                rate: number;
            } | {
                count: number;
                /** @enum {string} */
                kind: "count_below";
                /** @enum {string} */
                period: "week" | "month" | "quarter";
            };
            description: string;
            /** Format: uuid */
            id: string;
            isBuiltIn: boolean;
            isEnabled: boolean;
            lastRunDay: string | null;
            metric: string;
            metricLabel: string;
            name: string;
            openAlerts: number;
            orgId: number;
            orgName: string;
            population: {
                firstSecretaryOnly: boolean;
                fivePersonRoles: ("first_secretary" | "branch_head" | "committee_head" | "township_contact" | "work_team")[];
                /** @enum {string|null} */
                minCadreRank: "provincial" | "department" | "county" | "section" | "staff" | null;
                partyMembersOnly: boolean;
                villageStationedOnly: boolean;
            };
            recipients: {
                officeOrgId: number | null;
                officeOrgName: string | null;
                person: boolean;
                unitHead: boolean;
            };
            /** @enum {string} */
            severity: "low" | "medium" | "high";
            summary: string;
            updatedAt: string;
        };
        TotpCodeRequest: {
            code: string;
        };
        TransferPersonRequest: {
            /** Format: date */
            effectiveDate: string;
            reason: string;
            toOrgId: number;
        };
        TransferPersonResponse: {
            data: components["schemas"]["Person"];
            transfer: {
                effectiveDate: string;
                fromOrgId: number;
                /** Format: uuid */
                id: string;
                toOrgId: number;
            };
        };
        UpdateMeRequest: {
            /** @enum {string} */
            locale: "zh-CN" | "en";
        };
        UpdateOrgRequest: {
            address?: string | null;
            contactPhone?: string | null;
            lat?: number | null;
            lng?: number | null;
            name?: string;
            regionCode?: string | null;
            /** Format: uuid */
            secretaryPersonId?: string | null;
            shortName?: string | null;
            sortOrder?: number;
            /** @enum {string} */
            type?: "committee" | "general_branch" | "branch" | "group";
        };
        UpdatePersonRequest: {
            address?: string | null;
            /** Format: date */
            birthDate?: string | null;
            /** @enum {string|null} */
            cadreRank?: "provincial" | "department" | "county" | "section" | "staff" | null;
            education?: string | null;
            ethnicity?: string;
            /** @enum {string|null} */
            fivePersonRole?: "first_secretary" | "branch_head" | "committee_head" | "township_contact" | "work_team" | null;
            /** Format: date */
            fullMemberDate?: string | null;
            /** @enum {string} */
            gender?: "M" | "F";
            idNumber?: string;
            isFirstSecretary?: boolean;
            isVillageStationed?: boolean;
            /** Format: date */
            joinDate?: string | null;
            name?: string;
            nativePlace?: string | null;
            /** @enum {string|null} */
            partyStatus?: "probationary" | "full" | null;
            phone?: string | null;
            position?: string | null;
            workUnit?: string | null;
        };
        UpdateQuestionRequest: {
            answer: string[];
            category: string;
            /** @default 2 */
            difficulty: 1 | 2 | 3;
            explanation?: string | null;
            /** @default [] */
            options: {
                /** @enum {string} */
                key: "A" | "B" | "C" | "D" | "E" | "F";
                text: string;
            }[];
            source?: string | null;
            stem: string;
            /** @default [] */
            tags: string[];
            /** @enum {string} */
            type: "single" | "multiple" | "judge" | "fill";
        };
        VerifyAuditResult: {
            brokenAtSeq?: number;
            checkedAt: string;
            headHash?: string;
            lastSeq?: number;
            ok: boolean;
            publishedSeq?: number;
            /** @enum {string} */
            reason?: "hash_mismatch" | "prev_mismatch" | "seq_gap" | "unkeyed" | "truncated" | "head_invalid";
            rows: number;
        };
        Video: {
            createdAt: string;
            description: string;
            durationSeconds: number | null;
            errorCode: string | null;
            errorMessage: string | null;
            hasPoster: boolean;
            /** Format: uuid */
            id: string;
            orgId: number;
            orgName: string;
            progress: number;
            qualities: ("small" | "standard")[];
            /** @enum {string} */
            status: "processing" | "ready" | "failed";
            title: string;
        };
        VideoWatch: {
            completed: boolean;
            positionSeconds: number;
            watchedSeconds: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAccounts: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                q?: string;
                securityAlert?: "id_probe";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListAccountsResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAccounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccountRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAccountsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAccountsByIdDisable: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAccountsByIdEnable: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAccountsByIdGrants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListGrantsResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAccountsByIdResetPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAccountsByIdUnlock: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAccountsCandidates: {
        parameters: {
            query: {
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountCandidatesResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAudit: {
        parameters: {
            query?: {
                action?: string;
                actorAccountId?: string;
                from?: string;
                outcome?: "success" | "failure";
                page?: number;
                pageSize?: number;
                targetId?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AuditEntry"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuditVerify: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["VerifyAuditResult"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthActingFor: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActingForRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActingForResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAuthActingFor: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActingForResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OkResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthLogoutAll: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OkResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthTotpDisable: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCodeRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OkResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthTotpEnable: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCodeRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthTotpSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetupTotpResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCalendar: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            confirmed: boolean;
                            days: {
                                day: string;
                                differsFromRule: boolean;
                                isWorkday: boolean;
                                nameEn: string | null;
                                nameZh: string | null;
                                /** @enum {string} */
                                source: "package" | "admin";
                                updatedAt: string;
                            }[];
                            /** @enum {string|null} */
                            source: "package" | "admin" | null;
                            status: {
                                currentYear: number;
                                nextYear: number;
                                nextYearConfirmed: boolean;
                                warnNextYear: boolean;
                            };
                            year: number;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putCalendarDaysByDay: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                day: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    isWorkday: boolean;
                    nameEn?: string;
                    nameZh: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            day: string;
                            differsFromRule: boolean;
                            isWorkday: boolean;
                            nameEn: string | null;
                            nameZh: string | null;
                            /** @enum {string} */
                            source: "package" | "admin";
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCalendarDaysByDay: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                day: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            day: string;
                            differsFromRule: boolean;
                            isWorkday: boolean;
                            nameEn: string | null;
                            nameZh: string | null;
                            /** @enum {string} */
                            source: "package" | "admin";
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCalendarStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            currentYear: number;
                            nextYear: number;
                            nextYearConfirmed: boolean;
                            warnNextYear: boolean;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putCalendarYearsByYear: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    confirmed: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            confirmed: boolean;
                            /** @enum {string|null} */
                            source: "package" | "admin" | null;
                            year: number;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContentMediaById: {
        parameters: {
            query?: {
                size?: "small" | "full";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 · The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postContentMediaDocuments: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 要上传的文件 · The file
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            height: number | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "document";
                            pageCount: number | null;
                            sizeBytes: number;
                            url: string;
                            width: number | null;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postContentMediaImages: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 要上传的文件 · The file
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            height: number | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "document";
                            pageCount: number | null;
                            sizeBytes: number;
                            url: string;
                            width: number | null;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContentFavourites: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            channel: "authoritative" | "news" | "materials";
                            /** Format: uuid */
                            id: string;
                            isFavourite: boolean;
                            isPinned: boolean;
                            /** @enum {string} */
                            kind: "article" | "document" | "video";
                            orgName: string;
                            posterUrl: string | null;
                            publishedAt: string;
                            source: string | null;
                            summary: string;
                            title: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContentFeed: {
        parameters: {
            query?: {
                channel?: "authoritative" | "news" | "materials";
                page?: number;
                pageSize?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            channel: "authoritative" | "news" | "materials";
                            /** Format: uuid */
                            id: string;
                            isFavourite: boolean;
                            isPinned: boolean;
                            /** @enum {string} */
                            kind: "article" | "document" | "video";
                            orgName: string;
                            posterUrl: string | null;
                            publishedAt: string;
                            source: string | null;
                            summary: string;
                            title: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContentFeedById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            bodyHtml: string;
                            /** @enum {string} */
                            channel: "authoritative" | "news" | "materials";
                            document: {
                                pageCount: number | null;
                                sizeBytes: number;
                                url: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            isFavourite: boolean;
                            isPinned: boolean;
                            /** @enum {string} */
                            kind: "article" | "document" | "video";
                            orgName: string;
                            posterUrl: string | null;
                            publishedAt: string;
                            reachedEnd: boolean;
                            readSeconds: number;
                            source: string | null;
                            summary: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putContentFeedByIdFavourite: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            isFavourite: boolean;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteContentFeedByIdFavourite: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            isFavourite: boolean;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postContentFeedByIdReading: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default false */
                    isStart?: boolean;
                    /** @default false */
                    reachedEnd?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            credited: number;
                            reachedEnd: boolean;
                            readSeconds: number;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContentFeedByIdVideo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createdAt: string;
                            description: string;
                            durationSeconds: number | null;
                            errorCode: string | null;
                            errorMessage: string | null;
                            hasPoster: boolean;
                            /** Format: uuid */
                            id: string;
                            orgId: number;
                            orgName: string;
                            progress: number;
                            qualities: ("small" | "standard")[];
                            /** @enum {string} */
                            status: "processing" | "ready" | "failed";
                            title: string;
                            watch: components["schemas"]["VideoWatch"] | null;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContentFeedByIdVideoPoster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 · The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContentFeedByIdVideoStream: {
        parameters: {
            query?: {
                quality?: "small" | "standard";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 · The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postContentFeedByIdVideoWatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    from: number;
                    positionSeconds?: number;
                    to: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            completed: boolean;
                            creditedSeconds: number;
                            positionSeconds: number;
                            watchedSeconds: number;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContentItems: {
        parameters: {
            query?: {
                channel?: "authoritative" | "news" | "materials";
                page?: number;
                pageSize?: number;
                q?: string;
                status?: "draft" | "submitted" | "returned" | "scheduled" | "published" | "withdrawn";
                toReview?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            authorName: string;
                            /** @enum {string} */
                            channel: "authoritative" | "news" | "materials";
                            /** Format: uuid */
                            id: string;
                            isOwn: boolean;
                            isPinned: boolean;
                            /** @enum {string} */
                            kind: "article" | "document" | "video";
                            orgId: number;
                            orgName: string;
                            publishAt: string | null;
                            publishedAt: string | null;
                            reviewNote: string | null;
                            source: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "returned" | "scheduled" | "published" | "withdrawn";
                            summary: string;
                            title: string;
                            updatedAt: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postContentItems: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default {
                     *       "orgIds": [],
                     *       "roles": [],
                     *       "cadreRanks": []
                     *     }
                     */
                    audience?: {
                        /** @default [] */
                        cadreRanks?: ("provincial" | "department" | "county" | "section" | "staff")[];
                        /** @default [] */
                        orgIds?: number[];
                        /** @default [] */
                        roles?: ("member" | "branch_secretary" | "org_admin" | "party_office" | "monitor" | "tutor" | "dept_clerk" | "warm_secretary" | "system_admin" | "security_admin" | "audit_admin")[];
                    };
                    bodyHtml: string;
                    /** @enum {string} */
                    channel: "authoritative" | "news" | "materials";
                    /**
                     * Format: uuid
                     * @default null
                     */
                    documentId?: string | null;
                    /**
                     * @default article
                     * @enum {string}
                     */
                    kind?: "article" | "document" | "video";
                    orgId: number;
                    /**
                     * Format: date-time
                     * @default null
                     */
                    publishAt?: string | null;
                    /** @default null */
                    source?: string | null;
                    /** @default  */
                    summary?: string;
                    title: string;
                    /**
                     * Format: uuid
                     * @default null
                     */
                    videoId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            audience: {
                                cadreRanks: ("provincial" | "department" | "county" | "section" | "staff")[];
                                orgIds: number[];
                                roles: ("member" | "branch_secretary" | "org_admin" | "party_office" | "monitor" | "tutor" | "dept_clerk" | "warm_secretary" | "system_admin" | "security_admin" | "audit_admin")[];
                            };
                            authorName: string;
                            bodyHtml: string;
                            canApprove: boolean;
                            /** @enum {string} */
                            channel: "authoritative" | "news" | "materials";
                            document: {
                                /** Format: uuid */
                                id: string;
                                pageCount: number | null;
                                sizeBytes: number;
                                url: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            isOwn: boolean;
                            isPinned: boolean;
                            /** @enum {string} */
                            kind: "article" | "document" | "video";
                            orgId: number;
                            orgName: string;
                            publishAt: string | null;
                            publishedAt: string | null;
                            reviewNote: string | null;
                            source: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "returned" | "scheduled" | "published" | "withdrawn";
                            summary: string;
                            title: string;
                            updatedAt: string;
                            video: {
                                durationSeconds: number | null;
                                /** Format: uuid */
                                id: string;
                                posterUrl: string | null;
                                /** @enum {string} */
                                status: "processing" | "ready" | "failed";
                                title: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContentItemsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            audience: {
                                cadreRanks: ("provincial" | "department" | "county" | "section" | "staff")[];
                                orgIds: number[];
                                roles: ("member" | "branch_secretary" | "org_admin" | "party_office" | "monitor" | "tutor" | "dept_clerk" | "warm_secretary" | "system_admin" | "security_admin" | "audit_admin")[];
                            };
                            authorName: string;
                            bodyHtml: string;
                            canApprove: boolean;
                            /** @enum {string} */
                            channel: "authoritative" | "news" | "materials";
                            document: {
                                /** Format: uuid */
                                id: string;
                                pageCount: number | null;
                                sizeBytes: number;
                                url: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            isOwn: boolean;
                            isPinned: boolean;
                            /** @enum {string} */
                            kind: "article" | "document" | "video";
                            orgId: number;
                            orgName: string;
                            publishAt: string | null;
                            publishedAt: string | null;
                            reviewNote: string | null;
                            source: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "returned" | "scheduled" | "published" | "withdrawn";
                            summary: string;
                            title: string;
                            updatedAt: string;
                            video: {
                                durationSeconds: number | null;
                                /** Format: uuid */
                                id: string;
                                posterUrl: string | null;
                                /** @enum {string} */
                                status: "processing" | "ready" | "failed";
                                title: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchContentItemsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    audience?: {
                        /** @default [] */
                        cadreRanks?: ("provincial" | "department" | "county" | "section" | "staff")[];
                        /** @default [] */
                        orgIds?: number[];
                        /** @default [] */
                        roles?: ("member" | "branch_secretary" | "org_admin" | "party_office" | "monitor" | "tutor" | "dept_clerk" | "warm_secretary" | "system_admin" | "security_admin" | "audit_admin")[];
                    };
                    bodyHtml?: string;
                    /** @enum {string} */
                    channel?: "authoritative" | "news" | "materials";
                    /** Format: uuid */
                    documentId?: string;
                    /** Format: date-time */
                    publishAt?: string | null;
                    source?: string | null;
                    summary?: string;
                    title?: string;
                    /** Format: uuid */
                    videoId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            audience: {
                                cadreRanks: ("provincial" | "department" | "county" | "section" | "staff")[];
                                orgIds: number[];
                                roles: ("member" | "branch_secretary" | "org_admin" | "party_office" | "monitor" | "tutor" | "dept_clerk" | "warm_secretary" | "system_admin" | "security_admin" | "audit_admin")[];
                            };
                            authorName: string;
                            bodyHtml: string;
                            canApprove: boolean;
                            /** @enum {string} */
                            channel: "authoritative" | "news" | "materials";
                            document: {
                                /** Format: uuid */
                                id: string;
                                pageCount: number | null;
                                sizeBytes: number;
                                url: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            isOwn: boolean;
                            isPinned: boolean;
                            /** @enum {string} */
                            kind: "article" | "document" | "video";
                            orgId: number;
                            orgName: string;
                            publishAt: string | null;
                            publishedAt: string | null;
                            reviewNote: string | null;
                            source: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "returned" | "scheduled" | "published" | "withdrawn";
                            summary: string;
                            title: string;
                            updatedAt: string;
                            video: {
                                durationSeconds: number | null;
                                /** Format: uuid */
                                id: string;
                                posterUrl: string | null;
                                /** @enum {string} */
                                status: "processing" | "ready" | "failed";
                                title: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postContentItemsByIdApprove: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            audience: {
                                cadreRanks: ("provincial" | "department" | "county" | "section" | "staff")[];
                                orgIds: number[];
                                roles: ("member" | "branch_secretary" | "org_admin" | "party_office" | "monitor" | "tutor" | "dept_clerk" | "warm_secretary" | "system_admin" | "security_admin" | "audit_admin")[];
                            };
                            authorName: string;
                            bodyHtml: string;
                            canApprove: boolean;
                            /** @enum {string} */
                            channel: "authoritative" | "news" | "materials";
                            document: {
                                /** Format: uuid */
                                id: string;
                                pageCount: number | null;
                                sizeBytes: number;
                                url: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            isOwn: boolean;
                            isPinned: boolean;
                            /** @enum {string} */
                            kind: "article" | "document" | "video";
                            orgId: number;
                            orgName: string;
                            publishAt: string | null;
                            publishedAt: string | null;
                            reviewNote: string | null;
                            source: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "returned" | "scheduled" | "published" | "withdrawn";
                            summary: string;
                            title: string;
                            updatedAt: string;
                            video: {
                                durationSeconds: number | null;
                                /** Format: uuid */
                                id: string;
                                posterUrl: string | null;
                                /** @enum {string} */
                                status: "processing" | "ready" | "failed";
                                title: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putContentItemsByIdPin: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    isPinned: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            audience: {
                                cadreRanks: ("provincial" | "department" | "county" | "section" | "staff")[];
                                orgIds: number[];
                                roles: ("member" | "branch_secretary" | "org_admin" | "party_office" | "monitor" | "tutor" | "dept_clerk" | "warm_secretary" | "system_admin" | "security_admin" | "audit_admin")[];
                            };
                            authorName: string;
                            bodyHtml: string;
                            canApprove: boolean;
                            /** @enum {string} */
                            channel: "authoritative" | "news" | "materials";
                            document: {
                                /** Format: uuid */
                                id: string;
                                pageCount: number | null;
                                sizeBytes: number;
                                url: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            isOwn: boolean;
                            isPinned: boolean;
                            /** @enum {string} */
                            kind: "article" | "document" | "video";
                            orgId: number;
                            orgName: string;
                            publishAt: string | null;
                            publishedAt: string | null;
                            reviewNote: string | null;
                            source: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "returned" | "scheduled" | "published" | "withdrawn";
                            summary: string;
                            title: string;
                            updatedAt: string;
                            video: {
                                durationSeconds: number | null;
                                /** Format: uuid */
                                id: string;
                                posterUrl: string | null;
                                /** @enum {string} */
                                status: "processing" | "ready" | "failed";
                                title: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postContentItemsByIdReturn: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            audience: {
                                cadreRanks: ("provincial" | "department" | "county" | "section" | "staff")[];
                                orgIds: number[];
                                roles: ("member" | "branch_secretary" | "org_admin" | "party_office" | "monitor" | "tutor" | "dept_clerk" | "warm_secretary" | "system_admin" | "security_admin" | "audit_admin")[];
                            };
                            authorName: string;
                            bodyHtml: string;
                            canApprove: boolean;
                            /** @enum {string} */
                            channel: "authoritative" | "news" | "materials";
                            document: {
                                /** Format: uuid */
                                id: string;
                                pageCount: number | null;
                                sizeBytes: number;
                                url: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            isOwn: boolean;
                            isPinned: boolean;
                            /** @enum {string} */
                            kind: "article" | "document" | "video";
                            orgId: number;
                            orgName: string;
                            publishAt: string | null;
                            publishedAt: string | null;
                            reviewNote: string | null;
                            source: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "returned" | "scheduled" | "published" | "withdrawn";
                            summary: string;
                            title: string;
                            updatedAt: string;
                            video: {
                                durationSeconds: number | null;
                                /** Format: uuid */
                                id: string;
                                posterUrl: string | null;
                                /** @enum {string} */
                                status: "processing" | "ready" | "failed";
                                title: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postContentItemsByIdSubmit: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            audience: {
                                cadreRanks: ("provincial" | "department" | "county" | "section" | "staff")[];
                                orgIds: number[];
                                roles: ("member" | "branch_secretary" | "org_admin" | "party_office" | "monitor" | "tutor" | "dept_clerk" | "warm_secretary" | "system_admin" | "security_admin" | "audit_admin")[];
                            };
                            authorName: string;
                            bodyHtml: string;
                            canApprove: boolean;
                            /** @enum {string} */
                            channel: "authoritative" | "news" | "materials";
                            document: {
                                /** Format: uuid */
                                id: string;
                                pageCount: number | null;
                                sizeBytes: number;
                                url: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            isOwn: boolean;
                            isPinned: boolean;
                            /** @enum {string} */
                            kind: "article" | "document" | "video";
                            orgId: number;
                            orgName: string;
                            publishAt: string | null;
                            publishedAt: string | null;
                            reviewNote: string | null;
                            source: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "returned" | "scheduled" | "published" | "withdrawn";
                            summary: string;
                            title: string;
                            updatedAt: string;
                            video: {
                                durationSeconds: number | null;
                                /** Format: uuid */
                                id: string;
                                posterUrl: string | null;
                                /** @enum {string} */
                                status: "processing" | "ready" | "failed";
                                title: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postContentItemsByIdWithdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            audience: {
                                cadreRanks: ("provincial" | "department" | "county" | "section" | "staff")[];
                                orgIds: number[];
                                roles: ("member" | "branch_secretary" | "org_admin" | "party_office" | "monitor" | "tutor" | "dept_clerk" | "warm_secretary" | "system_admin" | "security_admin" | "audit_admin")[];
                            };
                            authorName: string;
                            bodyHtml: string;
                            canApprove: boolean;
                            /** @enum {string} */
                            channel: "authoritative" | "news" | "materials";
                            document: {
                                /** Format: uuid */
                                id: string;
                                pageCount: number | null;
                                sizeBytes: number;
                                url: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            isOwn: boolean;
                            isPinned: boolean;
                            /** @enum {string} */
                            kind: "article" | "document" | "video";
                            orgId: number;
                            orgName: string;
                            publishAt: string | null;
                            publishedAt: string | null;
                            reviewNote: string | null;
                            source: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "returned" | "scheduled" | "published" | "withdrawn";
                            summary: string;
                            title: string;
                            updatedAt: string;
                            video: {
                                durationSeconds: number | null;
                                /** Format: uuid */
                                id: string;
                                posterUrl: string | null;
                                /** @enum {string} */
                                status: "processing" | "ready" | "failed";
                                title: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDelegations: {
        parameters: {
            query?: {
                delegateAccountId?: string;
                orgId?: number;
                principalPersonId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDelegationsResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDelegations: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDelegationRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteDelegationsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDelegationsDelegate: {
        parameters: {
            query: {
                phone: string;
                principalPersonId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindDelegateResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvents: {
        parameters: {
            query?: {
                cursor?: string;
                from?: string;
                limit?: number;
                orgId?: number;
                personId?: string;
                to?: string;
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["BehaviourEvent"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEventsSubscriptions: {
        parameters: {
            query?: {
                status?: "ok" | "retrying" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["EventSubscriptionState"][];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postFiles: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 要上传的文件 · The file
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["StoredFile"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFilesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 · The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postGrants: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGrantRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteGrantsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Job"][];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getJobsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Job"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLearningMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            answerRate: {
                                month: {
                                    completedDays: number;
                                    from: string;
                                    isProvisional: boolean;
                                    rate: number | null;
                                    to: string;
                                    workingDays: number;
                                };
                                year: {
                                    completedDays: number;
                                    from: string;
                                    isProvisional: boolean;
                                    rate: number | null;
                                    to: string;
                                    workingDays: number;
                                };
                            };
                            lastStudiedOn: string | null;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            points: {
                                thisYear: number;
                                today: number;
                                total: number;
                            };
                            rankingsEnabled: boolean;
                            studyHours: {
                                bySource: {
                                    other: number;
                                    reading: number;
                                    watching: number;
                                };
                                hours: number;
                                isLeaderTarget: boolean;
                                targetHours: number;
                                year: number;
                            };
                            today: string;
                            todayByRule: {
                                /** @enum {string} */
                                action: "article.read" | "reading.minutes" | "video.watched" | "watching.minutes" | "quiz.daily.correct" | "quiz.weekly.correct" | "quiz.special.correct" | "quiz.challenge.correct";
                                dailyCap: number | null;
                                earned: number;
                                isCapReached: boolean;
                                isEnabled: boolean;
                                label: string;
                                points: number;
                                unit: string;
                            }[];
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLearningMePoints: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            action: string;
                            createdAt: string;
                            day: string;
                            id: number;
                            isDelegated: boolean;
                            label: string;
                            points: number;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLearningMeRanking: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            places: {
                                of: number;
                                orgName: string;
                                rank: number;
                                /** @enum {string} */
                                scope: "branch" | "township";
                            }[];
                            points: number;
                            year: number;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["NotificationPreferences"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putMeNotificationPreferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: {
                        /** Format: email */
                        address: string | null;
                        enabled: boolean;
                    };
                    quietHours: {
                        enabled: boolean;
                        end: string;
                        start: string;
                    };
                    webhook: {
                        enabled: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["NotificationPreferences"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getNotificationDeliveries: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "pending" | "sent" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channels: {
                            email: boolean;
                            webhook: boolean;
                        };
                        data: components["schemas"]["NotificationDelivery"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postNotificationDeliveriesByIdRetry: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["NotificationDelivery"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getNotifications: {
        parameters: {
            query?: {
                filter?: "all" | "unread";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Notification"][];
                        page: number;
                        pageSize: number;
                        total: number;
                        unread: number;
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postNotificationsByIdRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Notification"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postNotificationsReadAll: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            unread: number;
                            updated: number;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getNotificationsUnreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            unread: number;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrgs: {
        parameters: {
            query?: {
                includeDissolved?: "true" | "false";
                page?: number;
                pageSize?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchOrgsResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrgs: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrgRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrgsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgDetailResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchOrgsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrgRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrgsByIdChildren: {
        parameters: {
            query?: {
                includeDissolved?: "true" | "false";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgTreeResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrgsByIdDissolve: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrgsByIdLearningSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            fromOrg: {
                                id: number;
                                name: string;
                            } | null;
                            isOwn: boolean;
                            leaderHoursTarget: number;
                            memberHoursTarget: number;
                            orgId: number;
                            pointRules: {
                                /** @enum {string} */
                                action: "article.read" | "reading.minutes" | "video.watched" | "watching.minutes" | "quiz.daily.correct" | "quiz.weekly.correct" | "quiz.special.correct" | "quiz.challenge.correct";
                                dailyCap: number | null;
                                isEnabled: boolean;
                                label: string;
                                points: number;
                                unit: string;
                            }[];
                            rankingsEnabled: boolean;
                            updatedAt: string | null;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOrgsByIdLearningSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    leaderHoursTarget: number;
                    memberHoursTarget: number;
                    pointRules: {
                        /** @enum {string} */
                        action: "article.read" | "reading.minutes" | "video.watched" | "watching.minutes" | "quiz.daily.correct" | "quiz.weekly.correct" | "quiz.special.correct" | "quiz.challenge.correct";
                        dailyCap: number | null;
                        isEnabled: boolean;
                        points: number;
                    }[];
                    rankingsEnabled: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            fromOrg: {
                                id: number;
                                name: string;
                            } | null;
                            isOwn: boolean;
                            leaderHoursTarget: number;
                            memberHoursTarget: number;
                            orgId: number;
                            pointRules: {
                                /** @enum {string} */
                                action: "article.read" | "reading.minutes" | "video.watched" | "watching.minutes" | "quiz.daily.correct" | "quiz.weekly.correct" | "quiz.special.correct" | "quiz.challenge.correct";
                                dailyCap: number | null;
                                isEnabled: boolean;
                                label: string;
                                points: number;
                                unit: string;
                            }[];
                            rankingsEnabled: boolean;
                            updatedAt: string | null;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrgsByIdLearningDashboard: {
        parameters: {
            query?: {
                from?: string;
                rankBy?: "answerRate" | "participation";
                to?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            children: {
                                activePersonDays: number;
                                /** @description 0–1; null when there is nothing to divide by */
                                answerRate: number | null;
                                answers: number;
                                correct: number;
                                /** @description 0–1; null when there is nothing to divide by */
                                correctRate: number | null;
                                dailyCompleted: number;
                                delegated: {
                                    answers: number;
                                    /** @description 0–1; null when there is nothing to divide by */
                                    answerShare: number | null;
                                    minutes: number;
                                    personDays: number;
                                    /** @description 0–1; null when there is nothing to divide by */
                                    personDayShare: number | null;
                                    /** @description 0–1; null when there is nothing to divide by */
                                    timeShare: number | null;
                                };
                                isSelf: boolean;
                                members: number;
                                org: {
                                    hasChildren: boolean;
                                    id: number;
                                    name: string;
                                };
                                /** @description 0–1; null when there is nothing to divide by */
                                participationRate: number | null;
                                points: number;
                                rank: number | null;
                                readMinutes: number;
                                watchMinutes: number;
                            }[];
                            from: string;
                            isProvisional: boolean;
                            membersComputedAt: string;
                            org: {
                                id: number;
                                name: string;
                                parentId: number | null;
                            };
                            participation: {
                                month: {
                                    people: number;
                                    /** @description 0–1; null when there is nothing to divide by */
                                    rate: number | null;
                                    since: string;
                                };
                                today: {
                                    people: number;
                                    /** @description 0–1; null when there is nothing to divide by */
                                    rate: number | null;
                                    since: string;
                                };
                                week: {
                                    people: number;
                                    /** @description 0–1; null when there is nothing to divide by */
                                    rate: number | null;
                                    since: string;
                                };
                            };
                            /** @enum {string} */
                            rankBy: "answerRate" | "participation";
                            series: {
                                activePeople: number;
                                /** @description 0–1; null when there is nothing to divide by */
                                answerRate: number | null;
                                dailyCompleted: number;
                                day: string;
                                isWorkday: boolean;
                                minutes: number;
                                /** @description 0–1; null when there is nothing to divide by */
                                participationRate: number | null;
                            }[];
                            studyHours: {
                                averageHours: number;
                                leaderTargetHours: number;
                                memberTargetHours: number;
                                onTrack: number;
                                /** @description 0–1; null when there is nothing to divide by */
                                onTrackRate: number | null;
                                year: number;
                                yearShare: number;
                            };
                            to: string;
                            today: string;
                            totals: {
                                activePersonDays: number;
                                /** @description 0–1; null when there is nothing to divide by */
                                answerRate: number | null;
                                answers: number;
                                correct: number;
                                /** @description 0–1; null when there is nothing to divide by */
                                correctRate: number | null;
                                dailyCompleted: number;
                                delegated: {
                                    answers: number;
                                    /** @description 0–1; null when there is nothing to divide by */
                                    answerShare: number | null;
                                    minutes: number;
                                    personDays: number;
                                    /** @description 0–1; null when there is nothing to divide by */
                                    personDayShare: number | null;
                                    /** @description 0–1; null when there is nothing to divide by */
                                    timeShare: number | null;
                                };
                                members: number;
                                /** @description 0–1; null when there is nothing to divide by */
                                participationRate: number | null;
                                points: number;
                                readMinutes: number;
                                watchMinutes: number;
                            };
                            workdays: number;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrgsByIdLearningExports: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    from?: string;
                    /** @enum {string} */
                    kind: "dashboard" | "inactive";
                    /** @enum {string} */
                    rankBy?: "answerRate" | "participation";
                    to?: string;
                    workdays?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Job"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrgsByIdLearningInactive: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                workdays?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            lastStudiedOn: string | null;
                            name: string;
                            org: {
                                id: number;
                                name: string;
                            };
                            phone: string | null;
                            position: string | null;
                        }[];
                        isProvisional: boolean;
                        page: number;
                        pageSize: number;
                        since: string;
                        total: number;
                        workdays: number;
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrgsByIdModules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgModulesResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOrgsByIdModules: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetOrgModulesRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgModulesResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrgsByIdMove: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveOrgRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrgsByIdQuizRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            categoryMix: {
                                [key: string]: number;
                            };
                            difficultyMix: {
                                [key: string]: number;
                            };
                            isOwn: boolean;
                            noRepeatDays: number;
                            orgId: number;
                            questionCount: number;
                            weeklyQuestionCount: number;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOrgsByIdQuizRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    categoryMix: {
                        [key: string]: number;
                    };
                    difficultyMix: {
                        [key: string]: number;
                    };
                    noRepeatDays: number;
                    questionCount: number;
                    weeklyQuestionCount?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            categoryMix: {
                                [key: string]: number;
                            };
                            difficultyMix: {
                                [key: string]: number;
                            };
                            isOwn: boolean;
                            noRepeatDays: number;
                            orgId: number;
                            questionCount: number;
                            weeklyQuestionCount: number;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrgsImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 · The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrgsImports: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartImportRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Job"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrgsRoots: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgTreeResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPeople: {
        parameters: {
            query?: {
                cadreRank?: "provincial" | "department" | "county" | "section" | "staff";
                fivePersonRole?: "first_secretary" | "branch_head" | "committee_head" | "township_contact" | "work_team";
                gender?: "M" | "F";
                isFirstSecretary?: "true" | "false";
                isVillageStationed?: "true" | "false";
                orgId?: number;
                page?: number;
                pageSize?: number;
                partyStatus?: "probationary" | "full";
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListPeopleResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPeople: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterPersonRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPeopleById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchPeopleById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePersonRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPeopleByIdMemberships: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListMembershipsResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPeopleByIdTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferPersonRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferPersonResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPeopleExports: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartPeopleExportRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Job"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPeopleImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 · The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPeopleImports: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartImportRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Job"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getQuestionCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionCategoriesResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getQuestions: {
        parameters: {
            query?: {
                category?: string;
                difficulty?: number;
                page?: number;
                pageSize?: number;
                q?: string;
                source?: string;
                status?: "enabled" | "disabled" | "all";
                tag?: string;
                type?: "single" | "multiple" | "judge" | "fill";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListQuestionsResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postQuestions: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateQuestionRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["QuestionItem"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getQuestionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["QuestionItem"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putQuestionsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateQuestionRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["QuestionItem"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postQuestionsByIdDisable: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["QuestionItem"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postQuestionsByIdEnable: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["QuestionItem"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getQuestionsImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 · The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postQuestionsImports: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartImportRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Job"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getQuizPapersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            answered: number;
                            completedAt: string | null;
                            correct: number;
                            day: string;
                            deadlineAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "daily" | "weekly" | "special" | "challenge";
                            passed: boolean | null;
                            passMark: number | null;
                            questions: {
                                correctAnswer: string[] | null;
                                explanation: string | null;
                                given: string[] | null;
                                isCorrect: boolean | null;
                                options: {
                                    key: string;
                                    text: string;
                                }[];
                                position: number;
                                stem: string;
                                /** @enum {string} */
                                type: "single" | "multiple" | "judge" | "fill";
                            }[];
                            score: number;
                            /** Format: uuid */
                            specialQuizId: string | null;
                            startedAt: string;
                            total: number;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postQuizPapersByIdAnswers: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: string[];
                    position: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            correctAnswer: string[];
                            explanation: string | null;
                            isCorrect: boolean;
                            paper: {
                                answered: number;
                                completedAt: string | null;
                                correct: number;
                                day: string;
                                deadlineAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "daily" | "weekly" | "special" | "challenge";
                                passed: boolean | null;
                                passMark: number | null;
                                score: number;
                                /** Format: uuid */
                                specialQuizId: string | null;
                                startedAt: string;
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postQuizPapersChallenge: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            answered: number;
                            completedAt: string | null;
                            correct: number;
                            day: string;
                            deadlineAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "daily" | "weekly" | "special" | "challenge";
                            passed: boolean | null;
                            passMark: number | null;
                            questions: {
                                correctAnswer: string[] | null;
                                explanation: string | null;
                                given: string[] | null;
                                isCorrect: boolean | null;
                                options: {
                                    key: string;
                                    text: string;
                                }[];
                                position: number;
                                stem: string;
                                /** @enum {string} */
                                type: "single" | "multiple" | "judge" | "fill";
                            }[];
                            score: number;
                            /** Format: uuid */
                            specialQuizId: string | null;
                            startedAt: string;
                            total: number;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postQuizPapersDaily: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            answered: number;
                            completedAt: string | null;
                            correct: number;
                            day: string;
                            deadlineAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "daily" | "weekly" | "special" | "challenge";
                            passed: boolean | null;
                            passMark: number | null;
                            questions: {
                                correctAnswer: string[] | null;
                                explanation: string | null;
                                given: string[] | null;
                                isCorrect: boolean | null;
                                options: {
                                    key: string;
                                    text: string;
                                }[];
                                position: number;
                                stem: string;
                                /** @enum {string} */
                                type: "single" | "multiple" | "judge" | "fill";
                            }[];
                            score: number;
                            /** Format: uuid */
                            specialQuizId: string | null;
                            startedAt: string;
                            total: number;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postQuizPapersWeekly: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            answered: number;
                            completedAt: string | null;
                            correct: number;
                            day: string;
                            deadlineAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "daily" | "weekly" | "special" | "challenge";
                            passed: boolean | null;
                            passMark: number | null;
                            questions: {
                                correctAnswer: string[] | null;
                                explanation: string | null;
                                given: string[] | null;
                                isCorrect: boolean | null;
                                options: {
                                    key: string;
                                    text: string;
                                }[];
                                position: number;
                                stem: string;
                                /** @enum {string} */
                                type: "single" | "multiple" | "judge" | "fill";
                            }[];
                            score: number;
                            /** Format: uuid */
                            specialQuizId: string | null;
                            startedAt: string;
                            total: number;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getQuizzes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            challenge: {
                                best: number;
                                max: number;
                                /** Format: uuid */
                                openPaperId: string | null;
                            };
                            daily: {
                                answered: number;
                                completedAt: string | null;
                                deadlineAt: string | null;
                                /** Format: uuid */
                                paperId: string | null;
                                score: number | null;
                                total: number;
                            };
                            now: string;
                            specials: {
                                attemptsAllowed: number;
                                attemptsUsed: number;
                                bestScore: number | null;
                                closesAt: string;
                                description: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                openPaperId: string | null;
                                opensAt: string;
                                passed: boolean;
                                passMark: number;
                                questionCount: number;
                                timeLimitMinutes: number | null;
                                title: string;
                            }[];
                            weekly: {
                                answered: number;
                                completedAt: string | null;
                                deadlineAt: string | null;
                                /** Format: uuid */
                                paperId: string | null;
                                score: number | null;
                                total: number;
                                weekStart: string;
                            };
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRegions: {
        parameters: {
            query?: {
                parent?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionsResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRegionsByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionResponse"];
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSpecialQuizzes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            attemptsAllowed: number;
                            audienceCadreRanks: string[];
                            audienceRoles: string[];
                            categoryMix: {
                                [key: string]: number;
                            };
                            closedAt: string | null;
                            closesAt: string;
                            createdAt: string;
                            description: string;
                            difficultyMix: {
                                [key: string]: number;
                            };
                            /** Format: uuid */
                            id: string;
                            opensAt: string;
                            orgId: number;
                            orgName: string;
                            passMark: number;
                            publishedAt: string | null;
                            questionCount: number;
                            questionIds: string[];
                            /** @enum {string} */
                            status: "draft" | "published" | "closed";
                            tags: string[];
                            timeLimitMinutes: number | null;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSpecialQuizzes: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attemptsAllowed: number;
                    /** @default [] */
                    audienceCadreRanks?: ("provincial" | "department" | "county" | "section" | "staff")[];
                    /** @default [] */
                    audienceRoles?: ("member" | "branch_secretary" | "org_admin" | "party_office" | "monitor" | "tutor" | "dept_clerk" | "warm_secretary" | "system_admin" | "security_admin" | "audit_admin")[];
                    /** @default {} */
                    categoryMix?: {
                        [key: string]: number;
                    };
                    /** Format: date-time */
                    closesAt: string;
                    /** @default  */
                    description?: string;
                    /** @default {} */
                    difficultyMix?: {
                        [key: string]: number;
                    };
                    /** Format: date-time */
                    opensAt: string;
                    orgId: number;
                    passMark: number;
                    questionCount: number;
                    /** @default [] */
                    questionIds?: string[];
                    /** @default [] */
                    tags?: string[];
                    timeLimitMinutes: number | null;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            attemptsAllowed: number;
                            audienceCadreRanks: string[];
                            audienceRoles: string[];
                            categoryMix: {
                                [key: string]: number;
                            };
                            closedAt: string | null;
                            closesAt: string;
                            createdAt: string;
                            description: string;
                            difficultyMix: {
                                [key: string]: number;
                            };
                            /** Format: uuid */
                            id: string;
                            opensAt: string;
                            orgId: number;
                            orgName: string;
                            passMark: number;
                            publishedAt: string | null;
                            questionCount: number;
                            questionIds: string[];
                            /** @enum {string} */
                            status: "draft" | "published" | "closed";
                            tags: string[];
                            timeLimitMinutes: number | null;
                            title: string;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSpecialQuizzesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            attemptsAllowed: number;
                            audienceCadreRanks: string[];
                            audienceRoles: string[];
                            categoryMix: {
                                [key: string]: number;
                            };
                            closedAt: string | null;
                            closesAt: string;
                            createdAt: string;
                            description: string;
                            difficultyMix: {
                                [key: string]: number;
                            };
                            /** Format: uuid */
                            id: string;
                            opensAt: string;
                            orgId: number;
                            orgName: string;
                            passMark: number;
                            publishedAt: string | null;
                            questionCount: number;
                            questionIds: string[];
                            /** @enum {string} */
                            status: "draft" | "published" | "closed";
                            tags: string[];
                            timeLimitMinutes: number | null;
                            title: string;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putSpecialQuizzesById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attemptsAllowed: number;
                    /** @default [] */
                    audienceCadreRanks?: ("provincial" | "department" | "county" | "section" | "staff")[];
                    /** @default [] */
                    audienceRoles?: ("member" | "branch_secretary" | "org_admin" | "party_office" | "monitor" | "tutor" | "dept_clerk" | "warm_secretary" | "system_admin" | "security_admin" | "audit_admin")[];
                    /** @default {} */
                    categoryMix?: {
                        [key: string]: number;
                    };
                    /** Format: date-time */
                    closesAt: string;
                    /** @default  */
                    description?: string;
                    /** @default {} */
                    difficultyMix?: {
                        [key: string]: number;
                    };
                    /** Format: date-time */
                    opensAt: string;
                    passMark: number;
                    questionCount: number;
                    /** @default [] */
                    questionIds?: string[];
                    /** @default [] */
                    tags?: string[];
                    timeLimitMinutes: number | null;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            attemptsAllowed: number;
                            audienceCadreRanks: string[];
                            audienceRoles: string[];
                            categoryMix: {
                                [key: string]: number;
                            };
                            closedAt: string | null;
                            closesAt: string;
                            createdAt: string;
                            description: string;
                            difficultyMix: {
                                [key: string]: number;
                            };
                            /** Format: uuid */
                            id: string;
                            opensAt: string;
                            orgId: number;
                            orgName: string;
                            passMark: number;
                            publishedAt: string | null;
                            questionCount: number;
                            questionIds: string[];
                            /** @enum {string} */
                            status: "draft" | "published" | "closed";
                            tags: string[];
                            timeLimitMinutes: number | null;
                            title: string;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSpecialQuizzesByIdAttempts: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            answered: number;
                            completedAt: string | null;
                            correct: number;
                            day: string;
                            deadlineAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "daily" | "weekly" | "special" | "challenge";
                            passed: boolean | null;
                            passMark: number | null;
                            questions: {
                                correctAnswer: string[] | null;
                                explanation: string | null;
                                given: string[] | null;
                                isCorrect: boolean | null;
                                options: {
                                    key: string;
                                    text: string;
                                }[];
                                position: number;
                                stem: string;
                                /** @enum {string} */
                                type: "single" | "multiple" | "judge" | "fill";
                            }[];
                            score: number;
                            /** Format: uuid */
                            specialQuizId: string | null;
                            startedAt: string;
                            total: number;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSpecialQuizzesByIdClose: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            attemptsAllowed: number;
                            audienceCadreRanks: string[];
                            audienceRoles: string[];
                            categoryMix: {
                                [key: string]: number;
                            };
                            closedAt: string | null;
                            closesAt: string;
                            createdAt: string;
                            description: string;
                            difficultyMix: {
                                [key: string]: number;
                            };
                            /** Format: uuid */
                            id: string;
                            opensAt: string;
                            orgId: number;
                            orgName: string;
                            passMark: number;
                            publishedAt: string | null;
                            questionCount: number;
                            questionIds: string[];
                            /** @enum {string} */
                            status: "draft" | "published" | "closed";
                            tags: string[];
                            timeLimitMinutes: number | null;
                            title: string;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSpecialQuizzesByIdPublish: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            attemptsAllowed: number;
                            audienceCadreRanks: string[];
                            audienceRoles: string[];
                            categoryMix: {
                                [key: string]: number;
                            };
                            closedAt: string | null;
                            closesAt: string;
                            createdAt: string;
                            description: string;
                            difficultyMix: {
                                [key: string]: number;
                            };
                            /** Format: uuid */
                            id: string;
                            opensAt: string;
                            orgId: number;
                            orgName: string;
                            passMark: number;
                            publishedAt: string | null;
                            questionCount: number;
                            questionIds: string[];
                            /** @enum {string} */
                            status: "draft" | "published" | "closed";
                            tags: string[];
                            timeLimitMinutes: number | null;
                            title: string;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSpecialQuizzesByIdResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            averageScore: number | null;
                            byOrg: {
                                averageScore: number | null;
                                orgId: number;
                                orgName: string;
                                participants: number;
                                passed: number;
                            }[];
                            participants: number;
                            passed: number;
                            /** Format: uuid */
                            quizId: string;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSpecialQuizzesByIdResultsExports: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Job"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSpecialQuizzesByIdResultsPeople: {
        parameters: {
            query?: {
                outcome?: "passed" | "failed" | "not_taken";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counts: {
                            failed: number;
                            notTaken: number;
                            passed: number;
                        };
                        data: {
                            attempts: number;
                            bestScore: number | null;
                            finishedAt: string | null;
                            name: string;
                            orgId: number;
                            orgName: string;
                            /** @enum {string} */
                            outcome: "passed" | "failed" | "not_taken";
                            passed: boolean;
                            /** Format: uuid */
                            personId: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSupervisionAlerts: {
        parameters: {
            query?: {
                from?: string;
                orgId?: number;
                page?: number;
                pageSize?: number;
                personId?: string;
                ruleId?: string;
                scope?: "managed" | "mine";
                stage?: "reminded" | "reported";
                status?: "open" | "seen" | "explained" | "closed" | "unclosed";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SupervisionAlert"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSupervisionAlertsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SupervisionAlert"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSupervisionAlertsByIdClose: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    note?: string;
                    /** @enum {string} */
                    outcome: "reminded" | "talk" | "no_action" | "false_alarm";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SupervisionAlert"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSupervisionAlertsByIdExplanation: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    explanation: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SupervisionAlert"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSupervisionAlertsByIdSeen: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SupervisionAlert"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSupervisionAlertsExports: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    from?: string;
                    orgId?: number;
                    /** @enum {string} */
                    status?: "open" | "seen" | "explained" | "closed" | "unclosed";
                    to?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Job"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSupervisionAlertsStats: {
        parameters: {
            query?: {
                from?: string;
                orgId?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            byOrg: {
                                count: number;
                                key: string;
                                label: string;
                                orgId: number;
                                unclosed: number;
                            }[];
                            byOutcome: {
                                count: number;
                                key: string;
                                label: string;
                            }[];
                            byRule: {
                                count: number;
                                key: string;
                                label: string;
                            }[];
                            byStatus: {
                                count: number;
                                key: string;
                                label: string;
                            }[];
                            byWeek: {
                                reminded: number;
                                reported: number;
                                week: string;
                            }[];
                            from: string;
                            orgId: number;
                            orgName: string;
                            reported: number;
                            to: string;
                            total: number;
                            unclosed: number;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSupervisionMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SupervisionMetric"][];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSupervisionRules: {
        parameters: {
            query?: {
                orgId?: number;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SupervisionRule"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSupervisionRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    condition: {
                        days: number;
                        /** @enum {string} */
                        kind: "streak";
                        /** @default null */
                        remindAfter?: number | null;
                    } | {
                        /** @enum {string} */
                        kind: "rate_below";
                        /** @enum {string} */
                        period: "week" | "month" | "quarter";
                        rate: number;
                    } | {
                        count: number;
                        /** @enum {string} */
                        kind: "count_below";
                        /** @enum {string} */
                        period: "week" | "month" | "quarter";
                    };
                    /** @default  */
                    description?: string;
                    /** @default true */
                    isEnabled?: boolean;
                    metric: string;
                    name: string;
                    orgId: number;
                    population: {
                        /** @default false */
                        firstSecretaryOnly?: boolean;
                        /** @default [] */
                        fivePersonRoles?: ("first_secretary" | "branch_head" | "committee_head" | "township_contact" | "work_team")[];
                        /** @enum {string|null} */
                        minCadreRank?: "provincial" | "department" | "county" | "section" | "staff" | null;
                        /** @default true */
                        partyMembersOnly?: boolean;
                        /** @default false */
                        villageStationedOnly?: boolean;
                    };
                    recipients: {
                        /** @default null */
                        officeOrgId?: number | null;
                        /** @default true */
                        person?: boolean;
                        /** @default true */
                        unitHead?: boolean;
                    };
                    /**
                     * @default medium
                     * @enum {string}
                     */
                    severity?: "low" | "medium" | "high";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SupervisionRule"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSupervisionRulesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SupervisionRule"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putSupervisionRulesById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    condition: {
                        days: number;
                        /** @enum {string} */
                        kind: "streak";
                        /** @default null */
                        remindAfter?: number | null;
                    } | {
                        /** @enum {string} */
                        kind: "rate_below";
                        /** @enum {string} */
                        period: "week" | "month" | "quarter";
                        rate: number;
                    } | {
                        count: number;
                        /** @enum {string} */
                        kind: "count_below";
                        /** @enum {string} */
                        period: "week" | "month" | "quarter";
                    };
                    /** @default  */
                    description?: string;
                    /** @default true */
                    isEnabled?: boolean;
                    metric: string;
                    name: string;
                    orgId: number;
                    population: {
                        /** @default false */
                        firstSecretaryOnly?: boolean;
                        /** @default [] */
                        fivePersonRoles?: ("first_secretary" | "branch_head" | "committee_head" | "township_contact" | "work_team")[];
                        /** @enum {string|null} */
                        minCadreRank?: "provincial" | "department" | "county" | "section" | "staff" | null;
                        /** @default true */
                        partyMembersOnly?: boolean;
                        /** @default false */
                        villageStationedOnly?: boolean;
                    };
                    recipients: {
                        /** @default null */
                        officeOrgId?: number | null;
                        /** @default true */
                        person?: boolean;
                        /** @default true */
                        unitHead?: boolean;
                    };
                    /**
                     * @default medium
                     * @enum {string}
                     */
                    severity?: "low" | "medium" | "high";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SupervisionRule"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSupervisionRulesById: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 · The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSupervisionRulesByIdRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    day?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            day: string;
                            escalated: number;
                            isWorkday: boolean;
                            ms: number;
                            population: number;
                            raised: number;
                            /** Format: uuid */
                            ruleId: string;
                            unchanged: number;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getVideos: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "processing" | "ready" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Video"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postVideos: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 要上传的文件 · The file
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Video"];
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getVideosById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createdAt: string;
                            description: string;
                            durationSeconds: number | null;
                            errorCode: string | null;
                            errorMessage: string | null;
                            hasPoster: boolean;
                            /** Format: uuid */
                            id: string;
                            orgId: number;
                            orgName: string;
                            progress: number;
                            qualities: ("small" | "standard")[];
                            /** @enum {string} */
                            status: "processing" | "ready" | "failed";
                            title: string;
                            watch: components["schemas"]["VideoWatch"] | null;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getVideosByIdPoster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 · The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getVideosByIdStream: {
        parameters: {
            query?: {
                quality?: "small" | "standard";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 · The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postVideosByIdWatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description 重试安全 · A retried write with the same key and body returns the first answer (header idempotent-replayed: true); the same key with another body is a 422; while the first runs, 409. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    from: number;
                    positionSeconds?: number;
                    to: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            completed: boolean;
                            creditedSeconds: number;
                            positionSeconds: number;
                            watchedSeconds: number;
                        };
                    };
                };
            };
            /** @description 请求有误 · Invalid input (VALIDATION_FAILED lists every field) or a malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 未登录或会话已过期 · Not signed in, or the session has expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 无权操作或模块未启用 · Not allowed, or the module is switched off */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 记录不存在或无权查看 · Not found, or outside your organisations */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 冲突，或同一幂等键的请求仍在处理 · A conflict, or the request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 幂等键已用于另一请求 · The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 请求过于频繁 · Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 服务器内部错误 · Internal error (never with details) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
