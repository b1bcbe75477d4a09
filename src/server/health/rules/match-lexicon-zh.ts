import { Gloss } from './match-lexicon-en.ts'

// Simplified Chinese lexicon for health matching: service-desk Chinese -> the English words of Microsoft's service
// health issues, by symptom area. Chinese has no spaces: a run of Chinese characters is segmented by longest match
// against these words (match-analyze.ts); characters that are in no word are skipped. Product names that users
// write in Latin letters (Teams, Outlook, OneDrive) are matched as English words.

export const ZH_GLOSSARY: Gloss[] = [
    // mail delivery
    ['邮件', 'email'], ['电子邮件', 'email'], ['邮箱', 'mailbox'], ['共享邮箱', 'shared mailbox'], ['收件箱', 'inbox'], ['收不到', 'not receive'], ['没收到', 'not receive'],
    ['没有收到', 'not receive'], ['接收', 'receive'], ['收到', 'receive'], ['发送', 'send'], ['发邮件', 'send email'], ['发不出', 'unable send'], ['外部', 'external'],
    ['内部', 'internal'], ['延迟', 'delay'], ['很久才到', 'delay'], ['很慢', 'slowness'], ['慢', 'slowness'], ['被退回', 'rejected ndr'], ['退回', 'rejected ndr'], ['退信', 'ndr'],
    ['未送达报告', 'ndr'], ['未送达', 'not delivered'], ['隔离区', 'quarantine'], ['隔离', 'quarantine'], ['释放', 'release'], ['收件人', 'recipient'], ['发件人', 'sender'],
    ['域', 'domain'],
    // calendar and meetings
    ['会议', 'meeting'], ['会议邀请', 'meeting invitation'], ['邀请', 'invitation'], ['接受', 'accept'], ['拒绝', 'decline'], ['日历', 'calendar'], ['预约', 'book appointment'],
    ['加入', 'join'], ['入会', 'join meeting'], ['会议链接', 'meeting link'], ['转圈', 'spinning wheel'], ['录制', 'recording'], ['录像', 'recording'], ['转录', 'transcript'],
    ['会议纪要', 'recap'], ['摘要', 'summarize'], ['总结', 'summarize'], ['会议结束', 'meeting end'],
    // chat, calls, presence, rooms, client
    ['聊天', 'chat'], ['群聊', 'group chat'], ['消息', 'message'], ['电话', 'phone call'], ['打电话', 'call'], ['外线', 'external phone'], ['拨打', 'call'], ['呼叫', 'call'],
    ['忙音', 'busy tone'], ['手机号码', 'phone number'], ['号码', 'number'], ['在线状态', 'presence status'], ['状态', 'status'], ['离开', 'away'], ['离线', 'offline'],
    ['会议室', 'room'], ['控制台', 'console'], ['频道', 'channel'], ['文件选项卡', 'files tab'], ['选项卡', 'tab'], ['白屏', 'blank white screen'], ['黑屏', 'black screen'],
    ['启动', 'launch'], ['新版', 'new'],
    // SharePoint, OneDrive, files
    ['站点', 'site'], ['网站', 'site'], ['页面', 'page'], ['无法访问', 'unable access'], ['访问请求', 'access request'], ['访问', 'access'], ['所有者', 'owner'],
    ['搜索', 'search'], ['搜不到', 'search not find'], ['找不到', 'missing'], ['文档库', 'document library'], ['文档', 'document'], ['文件夹', 'folder'], ['文件', 'file'],
    ['上传', 'upload'], ['大文件', 'large file'], ['共享链接', 'sharing link'], ['共享', 'share'], ['分享', 'share'], ['外部用户', 'external user'], ['来宾', 'guest'],
    ['访客', 'guest'], ['回收站', 'recycle bin'], ['还原', 'restore'], ['恢复', 'restore'], ['删除', 'deleted'], ['同步', 'sync'], ['正在处理更改', 'processing changes'],
    ['处理更改', 'processing changes'], ['挂起', 'pending'],
    // sign-in, MFA, identity
    ['登录', 'sign in'], ['登陆', 'sign in'], ['多重身份验证', 'mfa'], ['多因素', 'mfa'], ['双重验证', 'mfa'], ['验证', 'verification'], ['推送', 'notification'],
    ['通知', 'notification'], ['验证码', 'verification code'], ['自助密码重置', 'sspr reset password'], ['密码重置', 'reset password'], ['重置', 'reset'], ['密码', 'password'],
    ['弹出', 'prompt'], ['反复', 'repeatedly'], ['条件访问', 'conditional access'], ['策略', 'policy'], ['没有生效', 'not applied'], ['生效', 'apply'], ['本地', 'on premises'],
    ['账号', 'account'], ['帐号', 'account'], ['账户', 'account'], ['审批', 'approval'], ['审批人', 'approver'],
    // devices
    ['注册', 'enroll'], ['公司门户', 'company portal'], ['设备', 'device'], ['合规', 'compliant'], ['不合规', 'not compliant'], ['安装', 'install'], ['必需', 'required'],
    ['应用程序', 'app'], ['应用', 'app'], ['部署', 'deployment'], ['管理配置文件', 'management profile'], ['配置文件', 'profile'], ['质量更新', 'quality update'], ['更新', 'update'],
    // Power BI
    ['报表', 'report'], ['报告', 'report'], ['仪表板', 'dashboard'], ['视觉对象', 'visual'], ['空白', 'blank'], ['没有数据', 'no data'], ['数据', 'data'], ['计划刷新', 'scheduled refresh'],
    ['刷新', 'refresh'], ['语义模型', 'semantic model'], ['数据集', 'semantic model'], ['网关', 'gateway'], ['超时', 'timeout'], ['导出', 'export'],
    // Office apps
    ['崩溃', 'crash'], ['闪退', 'crash'], ['卡死', 'freeze'], ['卡住', 'stuck'], ['无响应', 'stop responding'], ['附件', 'attachment'], ['打不开', 'unable open'], ['打开', 'open'],
    ['共同创作', 'co author'], ['协作', 'co author'], ['只读', 'read only'], ['编辑', 'edit'], ['工作簿', 'workbook'], ['保存', 'save'], ['激活', 'activate'],
    ['未经许可的产品', 'unlicensed product'], ['许可证', 'license'], ['许可', 'license'], ['分配', 'assign'], ['管理中心', 'admin center'], ['使用情况报告', 'usage report'],
    ['主页', 'home page'], ['应用启动器', 'app launcher'], ['浏览器', 'browser'], ['网页版', 'web'], ['敏感度标签', 'sensitivity label'], ['标签', 'label'],
    // Power Automate, Power Apps
    ['流程', 'flow'], ['工作流', 'flow'], ['触发', 'trigger'], ['运行', 'run'], ['桌面流', 'desktop flow'], ['画布应用', 'canvas app'], ['加载界面', 'loading screen'],
    ['加载', 'loading'], ['发布', 'publish'], ['社区', 'community'], ['发帖', 'post'], ['帖子', 'post'],
    // other services
    ['表单', 'form'], ['答卷', 'response'], ['回复', 'response'], ['问卷', 'form'], ['任务', 'task'], ['计划', 'plan'], ['截止日期', 'due date'], ['项目', 'project'],
    ['打印任务', 'print job'], ['打印机', 'printer'], ['打印', 'print'], ['队列', 'queue'], ['视频', 'video'], ['播放', 'play'], ['警报', 'alert'], ['告警', 'alert'],
    ['高级搜寻', 'advanced hunting'], ['销售', 'sales'], ['云电脑', 'cloud pc'], ['连接', 'connect'], ['连不上', 'unable connect'], ['每日简报', 'daily briefing'],
    ['简报', 'briefing'], ['没有回应', 'no response'], ['出错了', 'something went wrong'], ['遇到了问题', 'something went wrong'],
    // general
    ['报错', 'error'], ['错误', 'error'], ['失败', 'fail'], ['无法', 'unable'], ['不能', 'unable'],
    // not Microsoft 365 (hardware, other vendors' products): see NON_M365 in match-services.ts
    ['卡纸', 'paper jam'], ['钉钉', 'dingtalk'], ['企业微信', 'wecom'], ['微信', 'wechat'], ['飞书', 'feishu'], ['蓝屏', 'blue screen'], ['显示器', 'monitor'],
    ['键盘', 'keyboard'], ['鼠标', 'mouse'], ['耳机', 'headset'], ['无线网', 'wifi'],
]
